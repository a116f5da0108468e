package org.doorman.sip.transport;

/**
 * Makes a parser's error message fit a Reason-Phrase (RFC 3261 25.1: reserved, unreserved and space
 * characters, on one line). JAIN-SIP's messages contain line breaks, angle brackets and a char[]'s
 * identity ("[C@5f09..."), which it copies into its automatic 400 unchanged, breaking the status line.
 */
public final class ReasonPhrase {
    private static final int MAX_LENGTH = 120;

    private ReasonPhrase() {}

    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String phrase = message.replaceAll("\\[C@[0-9a-fA-F]+", " ")
                .replaceAll("[^A-Za-z0-9 \\-_.!~*'():;/?@&=+$,]", " ")
                .replaceAll(" +", " ")
                .trim();
        return phrase.length() <= MAX_LENGTH ? phrase : phrase.substring(0, MAX_LENGTH).trim();
    }
}
