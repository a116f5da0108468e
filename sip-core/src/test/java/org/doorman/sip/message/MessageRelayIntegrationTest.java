package org.doorman.sip.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.sip.address.SipURI;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.sip.message.OperatorMessenger.Delivery;
import org.doorman.sip.support.Devices;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * MESSAGE between devices and from the operator, over real loopback sockets: a door station and
 * JAIN-SIP monitors against the real SipServer. Room 9901 has its main monitor and one extension
 * registered over UDP, room 9904 one monitor over TCP; room 9902 is offline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageRelayIntegrationTest {
    private static final String PW = "Secret123";
    @TempDir static Path dataDir;
    private TestServer server;
    private SipTestClient door;
    private SipTestClient doorTcp;
    private SipTestClient main;
    private SipTestClient extension;
    private SipTestClient tcpMonitor;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(dataDir);
        server.directory.add(DeviceKind.VTO, DeviceSpec.of("8001", "Door1234"));
        for (String n : List.of("9901", "9901#1", "9902", "9904")) {
            server.directory.add(DeviceKind.VTH, DeviceSpec.of(n, PW));
        }
        door = new SipTestClient("udp");
        doorTcp = new SipTestClient("tcp");
        main = new SipTestClient("udp");
        extension = new SipTestClient("udp");
        tcpMonitor = new SipTestClient("tcp");
        answerOkAgain();
        Devices.register(main, server.port, "9901", "9901", PW);
        Devices.register(extension, server.port, "9901%231", "9901#1", PW);
        Devices.register(tcpMonitor, server.port, "9904", "9904", PW);
    }

    @AfterEach
    void answerOkAgain() {
        for (SipTestClient c : List.of(main, extension, tcpMonitor)) {
            c.answerWith = 200;
            c.received.clear();
        }
    }

    @AfterAll
    void stop() {
        for (SipTestClient c : List.of(door, doorTcp, main, extension, tcpMonitor)) {
            c.close();
        }
        server.close();
    }

    private Response fromDoor(SipTestClient client, String to, String type, byte[] body) throws Exception {
        return Devices.sendAuthenticated(client, client.message(server.port, "8001", to, type, body), "8001", "Door1234");
    }

    @Test
    void anUnauthenticatedSenderIsChallengedWith407() throws Exception {
        Response r = door.send(door.message(server.port, "8001", "9901", "text/plain", "hi".getBytes()));
        assertEquals(407, r.getStatusCode());
        assertTrue(r.getHeader("Proxy-Authenticate") != null);
        assertTrue(main.received.isEmpty(), "nothing is relayed before the sender is authenticated");
    }

    @Test
    void aMessageToARoomReachesItsMainMonitorAndExtensionWithBodyAndTypeKept() throws Exception {
        byte[] body = "Parcel at the door – 2 boxes ✓".getBytes(StandardCharsets.UTF_8);
        Response r = fromDoor(door, "9901", "text/plain", body);
        assertEquals(200, r.getStatusCode());
        for (SipTestClient monitor : List.of(main, extension)) {
            Request got = monitor.nextRequest();
            assertEquals(Request.MESSAGE, got.getMethod());
            assertArrayEquals(body, got.getRawContent());
            ContentTypeHeader type = (ContentTypeHeader) got.getHeader(ContentTypeHeader.NAME);
            assertEquals("text/plain", type.getContentType() + "/" + type.getContentSubType());
            assertEquals("8001", ((SipURI) ((FromHeader) got.getHeader(FromHeader.NAME)).getAddress().getURI()).getUser());
            assertNull(got.getHeader("Proxy-Authorization"), "the sender's credentials stop at the proxy");
            assertEquals(monitor.port, ((SipURI) got.getRequestURI()).getPort(), "sent to the registered contact");
        }
    }

    @Test
    void oneDeviceTakingTheMessageIsEnoughWhenTheOtherRefuses() throws Exception {
        main.answerWith = 486;
        assertEquals(200, fromDoor(door, "9901", "text/plain", "a".getBytes()).getStatusCode());
    }

    @Test
    void whenEveryDeviceRefusesTheBestRefusalGoesBack() throws Exception {
        main.answerWith = 500;
        extension.answerWith = 486;
        assertEquals(486, fromDoor(door, "9901", "text/plain", "b".getBytes()).getStatusCode());
    }

    @Test
    void anExtensionAloneCanBeMessaged() throws Exception {
        assertEquals(200, fromDoor(door, "9901%231", "text/plain", "c".getBytes()).getStatusCode());
        assertEquals(Request.MESSAGE, extension.nextRequest().getMethod());
        assertTrue(main.received.isEmpty());
    }

    @Test
    void unknownNumberIs404AndOfflineRoomIs480() throws Exception {
        assertEquals(404, fromDoor(door, "5555", "text/plain", "d".getBytes()).getStatusCode());
        assertEquals(480, fromDoor(door, "9902", "text/plain", "e".getBytes()).getStatusCode());
    }

    @Test
    void aBodyOver1300BytesIsRefusedOverUdpWith513() throws Exception {
        Response r = door.send(door.message(server.port, "8001", "9901", "text/plain", new byte[1301]));
        assertEquals(513, r.getStatusCode());
        assertEquals(200, fromDoor(door, "9901", "text/plain", new byte[1300]).getStatusCode());
    }

    @Test
    void overTcpALargerBodyReachesTcpDevicesButNotUdpOnes() throws Exception {
        byte[] body = "x".repeat(2000).getBytes(StandardCharsets.US_ASCII);
        assertEquals(200, fromDoor(doorTcp, "9904", "text/plain", body).getStatusCode());
        assertArrayEquals(body, tcpMonitor.nextRequest().getRawContent());
        assertEquals(513, fromDoor(doorTcp, "9901", "text/plain", body).getStatusCode());
        assertTrue(main.received.isEmpty() && extension.received.isEmpty());
    }

    @Test
    void anOperatorMessageComesFromTheServerNumberAndSaysWhoGotIt() throws Exception {
        extension.answerWith = 486;
        List<Delivery> result = server.sip.messenger()
                .send(List.of("9901", "9901#1", "9902", "9904"), "Water off 10–12").get();
        assertEquals(List.of(Delivery.Result.DELIVERED, Delivery.Result.FAILED, Delivery.Result.OFFLINE,
                Delivery.Result.DELIVERED), result.stream().map(Delivery::result).toList());
        assertEquals(486, result.get(1).status());
        Request got = nextFromServer(main);
        assertEquals("8000", ((SipURI) ((FromHeader) got.getHeader(FromHeader.NAME)).getAddress().getURI()).getUser());
        assertEquals("Water off 10–12", new String(got.getRawContent(), StandardCharsets.UTF_8));
        assertTrue(got.getHeader(ContentTypeHeader.NAME).toString().toLowerCase().contains("text/plain;charset=utf-8"),
                got.getHeader(ContentTypeHeader.NAME).toString());
        assertTrue(got.getHeader("To").toString().contains("9901"));
        assertTrue(nextFromServer(extension).getHeader("To").toString().contains("9901%231"));
    }

    /**
     * The next request From the server's number: a MESSAGE of an earlier test that was still on its way
     * when that test ended (its sender had its 200 from the other monitor) is skipped.
     */
    private static Request nextFromServer(SipTestClient device) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            Request r = device.nextRequest();
            if ("8000".equals(((SipURI) ((FromHeader) r.getHeader(FromHeader.NAME)).getAddress().getURI()).getUser())) {
                return r;
            }
        }
        throw new AssertionError("no request from the server's number 8000 reached port " + device.port);
    }
}
