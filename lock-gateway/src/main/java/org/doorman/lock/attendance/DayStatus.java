package org.doorman.lock.attendance;

/** What a person's day adds up to in a report. */
public enum DayStatus {
    /** Every duty period has both punches, nobody late, nobody left early. */
    NORMAL,
    /** Some late-in, early-out or half-day absence, but not absent all day (the seed's "abnormal attendance"). */
    ABNORMAL,
    /** No duty period has both punches; overtime worked that day does not change this. */
    ABSENT,
    /** Schedule code 0. */
    REST,
    /** Schedule code 25. */
    BUSINESS_TRIP,
    /** Schedule code 26. */
    LEAVE,
    /** The schedule names a shift that is not configured, so the day cannot be judged. */
    NO_SHIFT,
    /** The day is after the date the report is evaluated through, so it is not judged yet. */
    PENDING
}
