package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
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
            Sipp.Running guard = registeredReceiver(server, "vts", "9100");

            server.postJson("/api/doors/8001/sensor", "{\"open\":true}");

            Sipp.Result r = guard.await();
            assertTrue(r.succeeded(), r.report());
            String trace = guard.trace();
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
            Sipp.Running monitor = registeredReceiver(server, "vth", "9901");

            server.postJson("/api/doors/8001/sensor", "{\"open\":true}");

            Sipp.Result r = monitor.await();
            assertTrue(r.succeeded(), r.report());
            String trace = monitor.trace();
            assertTrue(trace.contains("MESSAGE sip:9901@") && trace.contains("Door 8001: OPEN"), trace);
        }
    }


    /** A sipp device added and registered as `number`, then waiting for one MESSAGE to answer 200. */
    private static Sipp.Running registeredReceiver(DoormanServer server, String kind, String number) throws Exception {
        server.addDevices(kind, number, "Secret123");
        int port = LoopbackPorts.freeTcpAndUdp();
        Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, port, number, number,
                "Secret123");
        assertTrue(registered.succeeded(), registered.report());
        return Sipp.start(server.directory, "messages/device-receives-message.xml", Map.of(), server.sipPort, port,
                null, null, null);
    }
}
