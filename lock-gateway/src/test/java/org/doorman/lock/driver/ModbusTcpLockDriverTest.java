package org.doorman.lock.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import org.doorman.lock.door.AlarmSink;
import org.doorman.lock.door.Door;
import org.doorman.lock.door.DoorGateway;
import org.doorman.lock.state.DoorStatus;
import org.doorman.lock.state.LockStatus;
import org.doorman.lock.support.RecordingAlarms;
import org.doorman.lock.unlock.UnlockOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Modbus TCP driver against a real Modbus server (j2mod's slave, in this JVM on loopback), through the
 * server's own door gateway with real timers and lock threads: the coil is written ON and released after
 * the unlock period, and the door contact is a discrete input.
 */
class ModbusTcpLockDriverTest {
    private static final int UNIT = 1;
    private ModbusSlave slave;
    private int port;
    private final RecordingCoil coil = new RecordingCoil();
    private final SimpleDigitalIn contact = new SimpleDigitalIn(true);
    private final RecordingAlarms alarms = new RecordingAlarms();
    private final List<DoorStatus> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch doorClosed = new CountDownLatch(1);
    private final CountDownLatch doorOpened = new CountDownLatch(1);
    private DoorGateway gateway;

    @BeforeEach
    void startSlave() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SimpleProcessImage image = new SimpleProcessImage(UNIT);
        image.addDigitalOut(new SimpleDigitalOut(false));
        image.addDigitalOut(new SimpleDigitalOut(false));
        image.addDigitalOut(coil);                     // coil 2
        image.addDigitalIn(new SimpleDigitalIn(false));
        image.addDigitalIn(contact);                   // discrete input 1
        slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 4, false);
        slave.addProcessImage(UNIT, image);
        slave.open();
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        ModbusSlaveFactory.close(slave);
    }

    private Door start(int tcpPort, String... more) {
        List<String> keys = new java.util.ArrayList<>(List.of("doors.8001.lock1.driver=modbus-tcp",
                "doors.8001.lock1.host=127.0.0.1", "doors.8001.lock1.port=" + tcpPort, "doors.8001.lock1.coil=2",
                "doors.8001.lock1.unlock-period=1", "doors.8001.lock2.driver=none"));
        keys.addAll(List.of(more));
        DoormanConfig config = new ConfigLoader().load(null, keys);
        gateway = DoorGateway.create(config.doors(), Clock.systemUTC(), alarms, (door, status, at) -> {
            events.add(status);
            // FORCED is an opening too: the lock was locked (and had been for two polls) when the door opened.
            (status == DoorStatus.OPEN || status == DoorStatus.FORCED ? doorOpened : doorClosed).countDown();
        });
        gateway.start();
        return gateway.door("8001").orElseThrow();
    }

    @Test
    void theCoilIsSwitchedOnToUnlockAndOffAfterTheUnlockPeriod() throws Exception {
        Door door = start(port);
        assertTrue(coil.writes(1).await(10, TimeUnit.SECONDS), "start drives the lock locked");
        assertFalse(coil.writes.get(0).on());
        var lock = door.lock(1).orElseThrow();
        assertEquals(LockStatus.LOCKED, lock.settled().get(10, TimeUnit.SECONDS));
        assertEquals(UnlockOutcome.OPENED, lock.unlock().get(10, TimeUnit.SECONDS));
        assertTrue(coil.isSet(), "ON before OPENED is reported");
        assertTrue(coil.writes(3).await(10, TimeUnit.SECONDS), "released after the unlock period");
        RecordingCoil.Write on = coil.writes.get(1);
        RecordingCoil.Write off = coil.writes.get(2);
        assertTrue(on.on() && !off.on(), coil.writes.toString());
        long heldMs = Duration.ofNanos(off.nanos() - on.nanos()).toMillis();
        assertTrue(heldMs >= 950 && heldMs < 5000, "held " + heldMs + " ms for an unlock period of 1 s");
        assertEquals(LockStatus.LOCKED, lock.settled().get(10, TimeUnit.SECONDS));
    }

    @Test
    void theDoorContactIsReadFromADiscreteInput() throws Exception {
        Door door = start(port, "doors.8001.sensor.enable=true", "doors.8001.sensor.input=1",
                "doors.8001.sensor.poll-interval-ms=50");
        assertTrue(doorClosed.await(10, TimeUnit.SECONDS), "an NC contact that is closed: door shut");
        assertEquals(DoorStatus.CLOSED, door.view().door());
        contact.set(false);
        assertTrue(doorOpened.await(10, TimeUnit.SECONDS));
        assertEquals(DoorStatus.CLOSED, events.get(0));
        assertTrue(events.get(1) == DoorStatus.OPEN || events.get(1) == DoorStatus.FORCED, events.toString());
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void aModbusServerThatIsNotThereIsAFaultAfterTheRetries() throws Exception {
        int nobody;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = s.getLocalPort();
        }
        Door door = start(nobody, "doors.8001.lock1.timeout-ms=300", "doors.8001.lock1.retries=1");
        var lock = door.lock(1).orElseThrow();
        assertTrue(alarms.await(AlarmSink.LOCK_FAULT, Duration.ofSeconds(10)), "start could not lock it");
        assertEquals(LockStatus.FAULT, lock.status());
        assertEquals(UnlockOutcome.FAULT, lock.unlock().get(10, TimeUnit.SECONDS));
        assertEquals(1, alarms.count(AlarmSink.LOCK_FAULT), alarms.all().toString());
    }
}
