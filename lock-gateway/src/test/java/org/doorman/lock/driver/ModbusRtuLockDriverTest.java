package org.doorman.lock.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import com.fazecast.jSerialComm.SerialPort;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorman.conf.LockConfig;
import org.doorman.lock.door.LockController;
import org.doorman.lock.state.LockStatus;
import org.doorman.lock.support.ManualTimers;
import org.doorman.lock.support.MutableClock;
import org.doorman.lock.support.RecordingAlarms;
import org.doorman.lock.unlock.UnlockOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Modbus RTU driver over a real serial line: socat makes a pair of pseudo-terminals, j2mod's RTU
 * slave (through jSerialComm) answers on one end, the driver talks on the other. Skipped where socat is
 * not installed.
 */
class ModbusRtuLockDriverTest {
    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");
    private Process socat;
    private ModbusSlave slave;
    private final RecordingCoil coil = new RecordingCoil();
    private final SimpleDigitalIn contact = new SimpleDigitalIn(false);
    private ModbusLink link;
    private String masterEnd;

    @BeforeEach
    void openSerialPair() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/socat")), "socat is not installed");
        socat = new ProcessBuilder("/usr/bin/socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0").start();
        List<String> ends = new ArrayList<>();
        BufferedReader err = new BufferedReader(new InputStreamReader(socat.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while (ends.size() < 2 && (line = err.readLine()) != null) {
            Matcher m = PTY.matcher(line);
            if (m.find()) {
                ends.add(m.group(1));
            }
        }
        assertEquals(2, ends.size(), "socat printed its two pseudo-terminals");
        SerialParameters params = new SerialParameters(ends.get(0), 19200, SerialPort.FLOW_CONTROL_DISABLED,
                SerialPort.FLOW_CONTROL_DISABLED, 8, 1, SerialPort.EVEN_PARITY, false);
        params.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        SimpleProcessImage image = new SimpleProcessImage(7);
        image.addDigitalOut(coil);
        image.addDigitalIn(contact);
        slave = ModbusSlaveFactory.createSerialSlave(params);
        slave.addProcessImage(7, image);
        slave.open();
        masterEnd = ends.get(1);
        link = ModbusLink.rtu(masterEnd, 19200, "even", 2000);
    }

    @AfterEach
    void close() {
        if (link != null) {
            link.close();
        }
        if (slave != null) {
            ModbusSlaveFactory.close(slave);
        }
        if (socat != null) {
            socat.destroy();
        }
    }

    @Test
    void theCoilIsWrittenOverTheSerialLineAndReleasedAfterTheUnlockPeriod() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
        ManualTimers timers = new ManualTimers(clock);
        ModbusLockDriver driver = new ModbusLockDriver(link, "modbus-rtu", 7, 0);
        LockController lock = new LockController("8001", 2, LockConfig.defaults(), driver, Runnable::run, timers, clock,
                new RecordingAlarms());
        lock.start();
        assertFalse(coil.isSet(), "start switched the relay off");
        assertEquals(UnlockOutcome.OPENED, lock.unlock().join());
        assertTrue(coil.isSet());
        timers.advance(Duration.ofSeconds(3));
        assertFalse(coil.isSet());
        assertEquals(LockStatus.LOCKED, lock.status());
        assertEquals(List.of(false, true, false), coil.writes.stream().map(RecordingCoil.Write::on).toList());
        assertTrue(driver.description().contains(masterEnd + " 19200 8E1"), driver.description());
    }

    @Test
    void theDoorContactIsReadOverTheSerialLine() throws Exception {
        ModbusContact door = new ModbusContact(link, 7, 0);
        assertFalse(door.contactClosed());
        contact.set(true);
        assertTrue(door.contactClosed());
    }
}
