package org.doorman.registrar.location;

/**
 * How long a binding is granted: a requested expiry above the maximum is shortened, one below the
 * minimum (but not 0, which removes) is refused with 423 Interval Too Brief (RFC 3261 10.3 step 7).
 */
public record ExpiryPolicy(int minSeconds, int maxSeconds, int defaultSeconds) {
    public ExpiryPolicy {
        if (minSeconds <= 0 || maxSeconds < minSeconds || defaultSeconds < minSeconds || defaultSeconds > maxSeconds) {
            throw new IllegalArgumentException("need 0 < min <= default <= max");
        }
    }

    /** The granted expiry for a requested one (null: none given), or -1 when it is too brief. */
    public int grant(Integer requested) {
        if (requested == null) {
            return defaultSeconds;
        }
        if (requested == 0) {
            return 0;
        }
        if (requested < minSeconds) {
            return -1;
        }
        return Math.min(requested, maxSeconds);
    }
}
