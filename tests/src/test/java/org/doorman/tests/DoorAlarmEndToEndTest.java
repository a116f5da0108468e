package org.doorman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The door contact as the building hears it: a door of 8001 left open longer than the check duration,
 * or forced open while locked, is logged and reaches the guard station as a SIP MESSAGE; with the sensor
 * enabled, the monitors of the rooms the door station serves hear the door open.
 */
class DoorAlarmEndToEndTest {
    @Test
    void aDoorLeftOpenIsLoggedAndSentToTheCentre() throws Exception {
        Programs.require("sipp", "sip-tester");
        try (DoormanServer server = DoormanServer.start("door-alarm", "doors.8001.sensor.enable=true",
                "doors.8001.sensor.check-duration=1")) {
            Sipp.Running guard = registeredReceiver(server, "vts", "9100");

            server.postJson("/api/doors/8001/unlock", "{\"lock\":1}"); // let in, not forced
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
        Programs.require("sipp", "sip-tester");
        try (DoormanServer server = DoormanServer.start("door-state", "doors.8001.sensor.enable=true")) {
            Sipp.Running monitor = registeredReceiver(server, "vth", "9901");

            server.postJson("/api/doors/8001/unlock", "{\"lock\":1}");
            server.postJson("/api/doors/8001/sensor", "{\"open\":true}");

            Sipp.Result r = monitor.await();
            assertTrue(r.succeeded(), r.report());
            String trace = monitor.trace();
            assertTrue(trace.contains("MESSAGE sip:9901@") && trace.contains("Door 8001: OPEN"), trace);
        }
    }


    @Test
    void aDoorForcedOpenWhileLockedIsAlarmedToTheCentreAndTheMonitors() throws Exception {
        Programs.require("sipp", "sip-tester");
        try (DoormanServer server = DoormanServer.start("door-forced", "doors.8001.sensor.enable=true")) {
            Sipp.Running guard = registeredReceiver(server, "vts", "9100");
            Sipp.Running monitor = registeredReceiver(server, "vth", "9901");
            awaitLockedForASecond(server);

            server.postJson("/api/doors/8001/sensor", "{\"open\":true}");

            Sipp.Result r = guard.await();
            assertTrue(r.succeeded(), r.report());
            assertTrue(guard.trace().contains("Alarm door-forced at door station 8001"), guard.trace());
            r = monitor.await();
            assertTrue(r.succeeded(), r.report());
            assertTrue(monitor.trace().contains("Door 8001: FORCED"), monitor.trace());
            JsonNode alarms = server.get("/api/logs/alarm");
            assertEquals("door-forced", alarms.get(0).path("kind").asText(), alarms.toString());
            assertEquals("FORCED", server.get("/api/doors/8001").path("doorState").asText());
        }
    }

    /** Polls until both locks of 8001 have been locked for a second: well past the forced-door grace after start. */
    private static void awaitLockedForASecond(DoormanServer server) throws Exception {
        server.await("/api/doors/8001", "both locks locked for a second", door -> {
            boolean settled = door.path("locks").size() == 2;
            for (JsonNode lock : door.path("locks")) {
                settled &= "LOCKED".equals(lock.path("state").asText())
                        && Instant.parse(lock.path("since").asText()).plusSeconds(1).isBefore(Instant.now());
            }
            return settled;
        });
    }

    @Test
    void theDoorStateGoesOnlyToTheMonitorsOfTheRoomsTheDoorStationServes() throws Exception {
        Programs.require("sipp", "sip-tester");
        try (DoormanServer server = DoormanServer.start("door-rooms", "doors.8001.sensor.enable=true",
                "doors.8001.rooms=[9901]")) {
            server.addDevices("vth", "9901", "Secret123");
            // Each MESSAGE is a call of its own to sipp: the extension takes two (-m 2, the later -m wins).
            Sipp.Running extension = registeredReceiver(server, "vth", "9901#1", "-m", "2");
            Sipp.Running otherRoom = registeredReceiver(server, "vth", "9902");
            try {
                server.postJson("/api/doors/8001/unlock", "{\"lock\":1}");
                server.postJson("/api/doors/8001/sensor", "{\"open\":true}");
                server.postJson("/api/doors/8001/sensor", "{\"open\":false}");

                Sipp.Result r = extension.await();
                assertTrue(r.succeeded(), r.report());
                String trace = extension.trace();
                assertTrue(trace.contains("Door 8001: OPEN") && trace.contains("Door 8001: CLOSED"), trace);
                // The opening went to every recipient at once, before the closing was even read: had 9902
                // been one, its MESSAGE would be in its trace by now.
                assertTrue(otherRoom.process().isAlive(), "9902 is still waiting for a MESSAGE");
                assertFalse(otherRoom.trace().contains("MESSAGE sip:"), otherRoom.trace());
            } finally {
                otherRoom.process().destroy();
            }
        }
    }

    /**
     * A sipp device added and registered as `number` (an extension's # escaped), then waiting for one MESSAGE
     * to answer 200 (more with extra sipp arguments).
     */
    private static Sipp.Running registeredReceiver(DoormanServer server, String kind, String number, String... extra)
            throws Exception {
        server.addDevices(kind, number, "Secret123");
        int port = LoopbackPorts.freeTcpAndUdp();
        Sipp.Result registered = Sipp.call(server.directory, "register.xml", server.sipPort, port,
                number.replace("#", "%23"), number, "Secret123");
        assertTrue(registered.succeeded(), registered.report());
        return Sipp.start(server.directory, "messages/device-receives-message.xml", Map.of(), server.sipPort, port,
                null, null, null, extra);
    }
}
