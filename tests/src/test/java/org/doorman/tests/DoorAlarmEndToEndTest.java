package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The door contact as the building hears it: a door of 8001 left open longer than the check duration
 * is logged and reaches the guard station as a SIP MESSAGE; with the sensor enabled, the monitors hear
 * the door open.
 */
class DoorAlarmEndToEndTest {
    @Test
    void aDoorLeftOpenIsLoggedAndSentToTheCentre() throws Exception {
        Assumptions.assumeTrue(Sipp.onPath(), "sipp is not on the PATH (Debian/Ubuntu: apt-get install sip-tester)");
        try (DoormanServer server = DoormanServer.start("door-alarm", "doors.8001.sensor.enable=true",
                "doors.8001.sensor.check-duration=1")) {
            server.addDevices("vts", "9100", "Guard1234");
            int port = LoopbackPorts.freeTcpAndUdp();
            Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, port, "9100", "9100",
                    "Guard1234");
            assertTrue(registered.succeeded(), registered.report());
            Sipp.Running guard = Sipp.start(server.directory, "messages/device-receives-message.xml", Map.of(),
                    server.sipPort, port, null, null, null);

            server.postJson("/api/doors/8001/sensor", "{\"open\":true}");

            Sipp.Result r = guard.await();
            assertTrue(r.succeeded(), r.report());
            String trace = trace(guard);
            assertTrue(trace.contains("MESSAGE sip:9100@") && trace.contains("door-open-too-long")
                    && trace.contains("8001"), trace);
            JsonNode alarms = server.get("/api/logs/alarm");
            assertEquals("door-open-too-long", alarms.get(0).path("kind").asText(), alarms.toString());
            assertEquals("8001", alarms.get(0).path("device").asText(), alarms.toString());
        }
    }

    @Test
    void withTheSensorEnabledTheMonitorsHearTheDoorOpen() throws Exception {
        Assumptions.assumeTrue(Sipp.onPath(), "sipp is not on the PATH (Debian/Ubuntu: apt-get install sip-tester)");
        try (DoormanServer server = DoormanServer.start("door-state", "doors.8001.sensor.enable=true")) {
            server.addDevices("vth", "9901", "Secret123");
            int port = LoopbackPorts.freeTcpAndUdp();
            Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, port, "9901", "9901",
                    "Secret123");
            assertTrue(registered.succeeded(), registered.report());
            Sipp.Running monitor = Sipp.start(server.directory, "messages/device-receives-message.xml", Map.of(),
                    server.sipPort, port, null, null, null);

            server.postJson("/api/doors/8001/sensor", "{\"open\":true}");

            Sipp.Result r = monitor.await();
            assertTrue(r.succeeded(), r.report());
            String trace = trace(monitor);
            assertTrue(trace.contains("MESSAGE sip:9901@") && trace.contains("Door 8001: OPEN"), trace);
        }
    }

    private static String trace(Sipp.Running run) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(run.dir())) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains("_" + run.process().pid() + "_messages"))
                    .toList()) {
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
