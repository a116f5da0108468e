package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An inclusive range of UDP ports written "20000-20999", e.g. media.rtp-ports. */
public record PortRange(int first, int last) {
    public PortRange {
        if (first < 1024 || last > 65535 || first > last) {
            throw new IllegalArgumentException("a port range FIRST-LAST within 1024-65535, first not above last");
        }
    }

    @JsonCreator
    public static PortRange parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*-\\s*");
        try {
            if (parts.length == 2) {
                return new PortRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // fall through to the uniform message below
        }
        throw new IllegalArgumentException("a port range FIRST-LAST within 1024-65535, first not above last");
    }

    public int size() {
        return last - first + 1;
    }

    @JsonValue
    @Override
    public String toString() {
        return first + "-" + last;
    }
}
