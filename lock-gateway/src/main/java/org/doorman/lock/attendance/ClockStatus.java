package org.doorman.lock.attendance;

/** The attendance status a clock event is recorded with (seed 2.1 keys, 2.8.4 and 2.11.6). */
public enum ClockStatus { CHECK_IN, BREAK_OUT, BREAK_IN, CHECK_OUT, OT_IN, OT_OUT }
