package org.doorman.lock.attendance;

/** The one rule for names shown on the device's screen and reports: a length limit and nothing unprintable. */
final class DisplayNames {

    private DisplayNames() {
    }

    /**
     * @param owner what the name belongs to, starting the message, e.g. "user 7"
     * @param max   limit in characters (code points, so a name in any script gets the same room)
     */
    static String require(String owner, String name, int max) {
        int length = name.codePointCount(0, name.length());
        if (length > max) {
            throw new IllegalArgumentException(owner + ": name must be at most " + max + " characters, got " + length);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(owner + ": name cannot contain control characters");
        }
        return name;
    }
}
