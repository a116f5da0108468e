package org.doorman.lock.door;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where door and lock alarms go (the seed: "the alarm will be sent to the management center"). The alarm
 * log plugs in here; until then {@link #logging()} writes them to the server log. Called from lock and
 * sensor threads: an implementation must be thread-safe and return quickly.
 */
@FunctionalInterface
public interface AlarmSink {
    /** The door stayed open longer than its Door Sensor Check Duration. */
    String DOOR_OPEN_TOO_LONG = "door-open-too-long";
    /** The door opened while every lock was locked (door sensor enabled): an intrusion. */
    String DOOR_FORCED = "door-forced";
    /** A lock could not be opened or locked, retries included. */
    String LOCK_FAULT = "lock-fault";
    /** The door contact could not be read several times in a row. */
    String SENSOR_FAULT = "sensor-fault";
    /** Too many wrong PINs in a row for one user ID at door station keypads: that user's PIN punches are refused. */
    String PIN_LOCKOUT = "pin-lockout";

    /**
     * @param device the door station number, e.g. "8001"
     * @param kind   one of the constants above
     * @param detail a sentence for the operator, e.g. "door open for more than 60 s"
     */
    void record(String device, String kind, String detail);

    static AlarmSink logging() {
        Logger log = LoggerFactory.getLogger(AlarmSink.class);
        return (device, kind, detail) -> log.warn("ALARM {} {}: {}", device, kind, detail);
    }
}
