package org.doorman.sip.dialog;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the key of a SIP INFO carrying DTMF: `application/dtmf-relay` ("Signal=5\r\nDuration=160",
 * the common SIP-phone form; some phones send 10 for * and 11 for #) and `application/dtmf` ("5").
 */
public final class DtmfInfo {
    private static final String KEYS = "0123456789*#ABCD";

    private DtmfInfo() {}

    public static Optional<Character> key(String contentType, String body) {
        if (contentType == null || body == null) {
            return Optional.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT).trim();
        if (type.startsWith("application/dtmf-relay")) {
            for (String line : body.split("\r?\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).trim().equalsIgnoreCase("signal")) {
                    return signal(line.substring(eq + 1).trim());
                }
            }
            return Optional.empty();
        }
        if (type.startsWith("application/dtmf")) {
            return signal(body.trim());
        }
        return Optional.empty();
    }

    private static Optional<Character> signal(String s) {
        if (s.equals("10")) {
            return Optional.of('*');
        }
        if (s.equals("11")) {
            return Optional.of('#');
        }
        if (s.length() == 1 && KEYS.indexOf(Character.toUpperCase(s.charAt(0))) >= 0) {
            return Optional.of(Character.toUpperCase(s.charAt(0)));
        }
        return Optional.empty();
    }
}
