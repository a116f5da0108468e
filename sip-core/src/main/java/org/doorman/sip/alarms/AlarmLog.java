package org.doorman.sip.alarms;

/**
 * Where alarms are written: the port the alarm log offers. sip-core writes the alarms devices send
 * as MESSAGEs; door sensor alarms from lock-gateway reach it through an adapter in cli (lock-gateway
 * does not depend on sip-core). Implementations are thread-safe and durable when `record` returns.
 */
public interface AlarmLog {
    /** Kind and detail longer than {@link #MAX_KIND} / {@link #MAX_DETAIL} characters are cut. */
    int MAX_KIND = 64;
    int MAX_DETAIL = 2000;

    /**
     * Records an alarm that happened now.
     *
     * @param deviceNumber the device that raised it, canonical ("8001", "9901#1")
     * @param kind         what happened, e.g. "DoorMagnetism", "text"
     * @param detail       the rest, e.g. the alarm's JSON or the message text
     */
    void record(String deviceNumber, String kind, String detail);

    /** Drops every alarm: for servers and tests that keep no log. */
    AlarmLog NONE = (deviceNumber, kind, detail) -> { };
}
