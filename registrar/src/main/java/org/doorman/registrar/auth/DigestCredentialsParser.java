package org.doorman.registrar.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses an Authorization / Proxy-Authorization header value with the Digest scheme (RFC 7616 section 3.4,
 * auth-param syntax of RFC 7235 section 2.1) into {@link DigestCredentials}.
 *
 * <p>Lenient where devices differ (quoted or bare values, case of names, whitespace, folded lines, empty list
 * elements, unknown parameters), strict where ambiguity could be abused (duplicate parameters, stray quotes,
 * control characters, oversized input).
 */
public final class DigestCredentialsParser {

    /** Longest header value accepted; real ones are a few hundred characters, this keeps parsing cost bounded. */
    public static final int MAX_LENGTH = 4096;

    private static final int ECHO_LIMIT = 32;

    private DigestCredentialsParser() {
    }

    /** @throws IllegalArgumentException with a message naming what is wrong */
    public static DigestCredentials parse(String authorizationHeaderValue) {
        Map<String, String> p = parameters(authorizationHeaderValue);
        String algorithm = p.get(Rfc7616.ALGORITHM);
        DigestAlgorithm a = DigestAlgorithm.fromToken(algorithm)
                .orElseThrow(() -> fail("unsupported algorithm '" + echo(algorithm) + "'"));
        return new DigestCredentials(p.get(Rfc7616.USERNAME), p.get(Rfc7616.REALM), p.get(Rfc7616.NONCE),
                p.get(Rfc7616.URI), p.get(Rfc7616.RESPONSE), a, p.get(Rfc7616.CNONCE), p.get(Rfc7616.QOP),
                p.get(Rfc7616.NC), p.get(Rfc7616.OPAQUE));
    }

    /** Names lower-cased (they are case-insensitive), values unquoted and unescaped. */
    static Map<String, String> parameters(String s) {
        if (s == null) {
            throw fail("the header value is missing");
        }
        if (s.length() > MAX_LENGTH) {
            throw fail("the header value is longer than " + MAX_LENGTH + " characters");
        }
        int i = skipSpace(s, 0);
        int schemeEnd = tokenEnd(s, i);
        String scheme = s.substring(i, schemeEnd);
        if (!scheme.equalsIgnoreCase(Rfc7616.SCHEME)) {
            throw fail("expected the Digest scheme, got '" + echo(scheme) + "'");
        }
        Map<String, String> params = new HashMap<>();
        i = schemeEnd;
        while (true) {
            i = skipSpaceAndCommas(s, i);
            if (i == s.length()) {
                break;
            }
            int nameEnd = tokenEnd(s, i);
            if (nameEnd == i) {
                throw fail("expected a parameter name at character " + i);
            }
            String name = s.substring(i, nameEnd).toLowerCase(Locale.ROOT);
            i = skipSpace(s, nameEnd);
            if (i == s.length() || s.charAt(i) != '=') {
                throw fail("expected '=' after parameter '" + echo(name) + "'");
            }
            i = skipSpace(s, i + 1);
            StringBuilder value = new StringBuilder();
            i = i < s.length() && s.charAt(i) == '"' ? readQuoted(s, i + 1, value, name) : readBare(s, i, value, name);
            if (params.putIfAbsent(name, value.toString()) != null) {
                throw fail("parameter '" + echo(name) + "' appears twice");
            }
            i = skipSpace(s, i);
            if (i < s.length() && s.charAt(i) != ',') {
                throw fail("expected ',' after the value of '" + echo(name) + "' at character " + i);
            }
        }
        if (params.isEmpty()) {
            throw fail("no parameters after Digest");
        }
        return params;
    }

    private static int readQuoted(String s, int i, StringBuilder out, String name) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                if (i == s.length()) {
                    break;
                }
                c = s.charAt(i++);
            }
            rejectControl(c, name);
            out.append(c);
        }
        throw fail("unterminated quoted value of '" + echo(name) + "'");
    }

    /** Bare values are usually tokens, but some devices send a bare URI, so only separators end one. */
    private static int readBare(String s, int i, StringBuilder out, String name) {
        while (i < s.length() && s.charAt(i) != ',' && !isSpace(s.charAt(i))) {
            char c = s.charAt(i++);
            if (c == '"') {
                throw fail("unexpected '\"' in the value of '" + echo(name) + "'");
            }
            rejectControl(c, name);
            out.append(c);
        }
        if (out.length() == 0) {
            throw fail("parameter '" + echo(name) + "' has no value");
        }
        return i;
    }

    private static void rejectControl(char c, String name) {
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            throw fail("control character in the value of '" + echo(name) + "'");
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaceAndCommas(String s, int i) {
        while (i < s.length() && (isSpace(s.charAt(i)) || s.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    /** CR and LF count as space so that a folded header line (RFC 3261 section 7.3.1) parses. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static int tokenEnd(String s, int i) {
        while (i < s.length() && isTokenChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** tchar of RFC 7230 section 3.2.6. */
    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /** Quotes attacker-controlled text into a message without letting it grow the log line unbounded. */
    private static String echo(String s) {
        return s.length() <= ECHO_LIMIT ? s : s.substring(0, ECHO_LIMIT) + "...";
    }

    private static IllegalArgumentException fail(String message) {
        return new IllegalArgumentException("Digest credentials: " + message);
    }
}
