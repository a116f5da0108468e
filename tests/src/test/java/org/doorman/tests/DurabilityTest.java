package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * What the server acknowledged survives `kill -9` right after the acknowledgement: devices added
 * through the API and registrations answered 200 (the embedded H2 runs with WRITE_DELAY=0).
 */
class DurabilityTest {
    private static final int ROUNDS = 3;

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        Programs.require("sipp", "sip-tester");
        Path dir = Path.of("target", "e2e", "durability-" + DateTimeFormatter.ofPattern("HHmmss-SSS")
                .format(LocalTime.now())).toAbsolutePath();
        for (int round = 0; round < ROUNDS; round++) {
            String room = "20" + round;
            DoormanServer server = DoormanServer.startIn(dir);
            try {
                if (round > 0) {
                    String previous = "20" + (round - 1);
                    assertTrue(server.device(previous).isPresent(), "device " + previous + " added before the kill is gone");
                    assertTrue(server.device(previous).get().path("online").asBoolean(),
                            "the registration of " + previous + " answered 200 before the kill is gone");
                }
                int added = server.post("/api/directory/vth", "{\"number\":\"" + room + "\",\"password\":\"Secret123\"}");
                assertEquals(201, added);
                Sipp.Result r = Sipp.call(dir, "register.xml", server.sipPort, LoopbackPorts.freeTcpAndUdp(),
                        room, room, "Secret123");
                assertTrue(r.succeeded(), r.report());
            } finally {
                server.killHard(); // at once: the 201 and the 200 are all the server has said (and never leaked)
            }
        }
        try (DoormanServer last = DoormanServer.startIn(dir)) {
            for (int round = 0; round < ROUNDS; round++) {
                assertTrue(last.device("20" + round).isPresent(), "device 20" + round + " lost");
            }
        }
    }
}
