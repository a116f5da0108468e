package org.doorman.lock.driver;

/**
 * A lock's hardware behind one port (DESIGN rule 8): the simulator, a Modbus coil (RTU or TCP), the door
 * station's own HTTP API, or a program. Calls block for at most the driver's timeout and are made from
 * one thread per lock; a driver that cannot confirm the command throws, so a door is never reported open
 * when the command did not go through.
 */
public interface LockDriver extends AutoCloseable {

    /** Opens the lock: energises the relay, or asks the door station to open. */
    void unlock() throws DriverException;

    /** Closes the lock again (drops the relay). Also sent at start, so every lock begins locked. */
    void lock() throws DriverException;

    /** The driver kind as configured, e.g. "modbus-tcp". */
    String kind();

    /** Where the lock is, for logs and `doorman doors`, e.g. "modbus-tcp 10.0.0.5:502 unit 1 coil 0"; no secrets. */
    String description();

    @Override
    default void close() {
    }
}
