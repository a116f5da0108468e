package org.doorman.sip.routing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms a dialled Request-URI user can take, read from the raw text ("%23" is '#'):
 * a plain number, ROOM#N, #N relative to the caller's room, or building#unit#room[#N].
 */
sealed interface DialledNumber {
    /** Longer user parts are refused before any pattern runs. */
    int MAX_LENGTH = 40;

    Pattern PLAIN = Pattern.compile("[0-9]{1,9}");
    Pattern EXTENSION = Pattern.compile("([0-9]{1,6})#([0-9])");
    Pattern RELATIVE = Pattern.compile("#([0-9])");
    Pattern PLATFORM = Pattern.compile("([0-9]{1,8})#([0-9]{1,8})#([0-9]{1,6})(?:#([0-9]))?");

    /** A room, door station, centre, camera or the centre number; ROOM#0 arrives here as ROOM. */
    record Plain(String number) implements DialledNumber {}

    /** ROOM#N with N from 1 to 9. */
    record Extension(String room, int index) implements DialledNumber {}

    /** #N: extension N of the caller's own room, #0 the room itself. */
    record Relative(int index) implements DialledNumber {}

    /** building#unit#room, optionally #N for an extension (0 for the room itself). */
    record Platform(String building, String unit, String room, int index) implements DialledNumber {}

    /** Anything else: no device can have this number. */
    record Malformed() implements DialledNumber {}

    static DialledNumber parse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return new Malformed();
        }
        String s = raw.strip().replace("%23", "#");
        Matcher m;
        if (PLAIN.matcher(s).matches()) {
            return new Plain(s);
        }
        if ((m = EXTENSION.matcher(s)).matches()) {
            int index = Integer.parseInt(m.group(2));
            return index == 0 ? new Plain(m.group(1)) : new Extension(m.group(1), index);
        }
        if ((m = RELATIVE.matcher(s)).matches()) {
            return new Relative(Integer.parseInt(m.group(1)));
        }
        if ((m = PLATFORM.matcher(s)).matches()) {
            return new Platform(m.group(1), m.group(2), m.group(3), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
        }
        return new Malformed();
    }
}
