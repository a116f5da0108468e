package org.doorman.lock.driver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.doorman.conf.LockConfig;
import org.doorman.conf.SensorConfig;

/**
 * Makes each lock's driver and each door's contact from the configuration, sharing one Modbus link per
 * serial port or TCP endpoint between the locks and contacts on it. Closing it closes the links.
 */
public final class LockDrivers implements AutoCloseable {
    private final Map<String, ModbusLink> links = new LinkedHashMap<>();

    /**
     * The driver of lock n of a door station, or empty for {@code driver: none}.
     *
     * @param sensor the door's contact settings: the simulator simulates a contact of that type
     */
    public synchronized Optional<LockDriver> lock(String door, int n, LockConfig c, SensorConfig sensor) {
        Duration timeout = Duration.ofMillis(c.timeoutMs());
        LockDriver driver = switch (c.driver()) {
            case LockConfig.NONE -> null;
            case LockConfig.SIMULATOR -> new SimulatedLockDriver("door " + door + " lock " + n, sensor.closedContactMeansOpen());
            case LockConfig.MODBUS_RTU, LockConfig.MODBUS_TCP -> new ModbusLockDriver(link(c), c.driver(), c.unit(), c.coil());
            case LockConfig.HTTP -> new HttpLockDriver(c.url(), c.channel(), c.user(), c.password(), timeout,
                    c.closeDoor());
            case LockConfig.COMMAND -> new CommandLockDriver(c.command(), c.relockCommand(), c.timeoutMs());
            default -> throw new IllegalArgumentException("unknown lock driver " + c.driver());
        };
        return Optional.ofNullable(driver);
    }

    /** The door contact read through lock 1's driver, when the sensor is enabled and that driver reads one. */
    public synchronized Optional<DoorContact> contact(LockConfig lock1, LockDriver lock1Driver, SensorConfig sensor) {
        if (!sensor.enable() || lock1Driver == null) {
            return Optional.empty();
        }
        if (lock1Driver instanceof SimulatedLockDriver simulator) {
            return Optional.of(simulator);
        }
        if (lock1Driver instanceof ModbusLockDriver) {
            return Optional.of(new ModbusContact(link(lock1), lock1.unit(), sensor.input()));
        }
        return Optional.empty();
    }

    private ModbusLink link(LockConfig c) {
        String key = LockConfig.MODBUS_RTU.equals(c.driver()) ? "rtu:" + c.serialPort() : "tcp:" + c.host() + ":" + c.port();
        return links.computeIfAbsent(key, k -> LockConfig.MODBUS_RTU.equals(c.driver())
                ? ModbusLink.rtu(c.serialPort(), c.baudRate(), c.parity(), c.timeoutMs())
                : ModbusLink.tcp(c.host(), c.port(), c.timeoutMs()));
    }

    @Override
    public synchronized void close() {
        links.values().forEach(ModbusLink::close);
        links.clear();
    }
}
