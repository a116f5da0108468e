package org.doorman.sip.alarms;

import java.time.Instant;

/** One alarm in the alarm log: when, which device, what kind, and the detail it came with. */
public record AlarmRecord(long id, Instant time, String device, String kind, String detail) {
}
