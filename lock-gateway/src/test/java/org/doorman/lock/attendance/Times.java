package org.doorman.lock.attendance;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Test helper: times written as in the seed ("9:05", "18:07:59"). */
final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm[:ss]");

    private Times() {
    }

    static LocalTime t(String text) {
        return LocalTime.parse(text, CLOCK);
    }

    static List<LocalTime> punches(String... texts) {
        return Arrays.stream(texts).map(Times::t).toList();
    }
}
