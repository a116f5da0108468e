package org.doorman.lock.attendance;

/** What one calendar day of a schedule holds (seed 2.7.2): 0 rest, 1–24 a shift, 25 business trip, 26 leave. */
public record ScheduleCode(int code) {

    public static final int REST_CODE = 0;
    public static final int BUSINESS_TRIP_CODE = 25;
    public static final int LEAVE_CODE = 26;

    /** What kind of day a code stands for. */
    public enum Kind { REST, SHIFT, BUSINESS_TRIP, LEAVE }

    // Shared instances: a month report for 10,000 people looks up 310,000 codes.
    private static final ScheduleCode[] ALL = new ScheduleCode[LEAVE_CODE + 1];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new ScheduleCode(i);
        }
    }

    public static final ScheduleCode REST = ALL[REST_CODE];
    public static final ScheduleCode BUSINESS_TRIP = ALL[BUSINESS_TRIP_CODE];
    public static final ScheduleCode LEAVE = ALL[LEAVE_CODE];

    public ScheduleCode {
        if (code < REST_CODE || code > LEAVE_CODE) {
            throw new IllegalArgumentException("schedule code must be 0 (rest), 1–24 (shift), 25 (business trip)"
                    + " or 26 (leave), got " + code);
        }
    }

    public static ScheduleCode of(int code) {
        if (code < REST_CODE || code > LEAVE_CODE) {
            return new ScheduleCode(code); // throws with the message above
        }
        return ALL[code];
    }

    public static ScheduleCode shift(int shiftNumber) {
        if (shiftNumber < Shift.MIN_NUMBER || shiftNumber > Shift.MAX_NUMBER) {
            throw new IllegalArgumentException("shift number must be " + Shift.MIN_NUMBER + "–" + Shift.MAX_NUMBER
                    + ", got " + shiftNumber);
        }
        return ALL[shiftNumber];
    }

    public Kind kind() {
        if (code == REST_CODE) {
            return Kind.REST;
        }
        if (code == BUSINESS_TRIP_CODE) {
            return Kind.BUSINESS_TRIP;
        }
        if (code == LEAVE_CODE) {
            return Kind.LEAVE;
        }
        return Kind.SHIFT;
    }

    public boolean isShift() {
        return kind() == Kind.SHIFT;
    }

    /** The shift number of a shift day. */
    public int shiftNumber() {
        if (!isShift()) {
            throw new IllegalStateException("schedule code " + code + " (" + kind() + ") names no shift");
        }
        return code;
    }
}
