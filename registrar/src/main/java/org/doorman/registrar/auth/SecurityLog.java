package org.doorman.registrar.auth;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The security log lines fail2ban matches, on the SLF4J logger {@value #LOGGER}; the only place their shape is
 * defined. fail2ban filter (Python regex, {@code <HOST>} is fail2ban's address placeholder):
 *
 * <pre>
 * failregex = AUTH FAIL user="(?:[^"\\]|\\.)*" src=&lt;HOST&gt;
 *             AUTH LOCKED user="(?:[^"\\]|\\.)*" src=&lt;HOST&gt; for=\d+s
 * </pre>
 *
 * <p>The user name comes off the wire, so it is escaped ({@code "} and {@code \} get a backslash, control and
 * line-separator characters become {@code \}uXXXX): a name like {@code x" src=10.0.0.9} must not make fail2ban
 * ban someone else, and a newline must not forge a second line.
 */
public final class SecurityLog {

    public static final String LOGGER = "doorman.security";

    /** The fail2ban failregex lines above, as Java strings. */
    public static final String FAIL_REGEX = "AUTH FAIL user=\"(?:[^\"\\\\]|\\\\.)*\" src=<HOST>";
    public static final String LOCKED_REGEX = "AUTH LOCKED user=\"(?:[^\"\\\\]|\\\\.)*\" src=<HOST> for=\\d+s";

    /** What a source address may look like (IPv4, IPv6 with optional brackets and zone): it is not escaped. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Za-z.:%_\\[\\]-]+");

    private SecurityLog() {
    }

    static String fail(String user, String sourceIp) {
        return "AUTH FAIL user=\"" + escape(user) + "\" src=" + sourceIp;
    }

    static String locked(String user, String sourceIp, Duration lockFor) {
        return "AUTH LOCKED user=\"" + escape(user) + "\" src=" + sourceIp + " for=" + lockFor.toSeconds() + "s";
    }

    /** The address comes from our own socket, so anything else is a caller's bug: refuse it rather than log it. */
    static String requireAddress(String sourceIp) {
        if (sourceIp == null || !ADDRESS.matcher(sourceIp).matches()) {
            throw new IllegalArgumentException("not a source address: " + (sourceIp == null ? null : escape(sourceIp)));
        }
        return sourceIp;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
