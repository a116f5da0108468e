package org.doorman.lock.driver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP Digest challenge (RFC 7616) from a WWW-Authenticate header, and the Authorization header that
 * answers it: MD5 or SHA-256, with or without "-sess", qop=auth or none. Door stations (Dahua and
 * others) ask for this on their CGI API.
 */
public record DigestChallenge(String realm, String nonce, String opaque, String algorithm, boolean qopAuth) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The first Digest challenge among the header values whose algorithm we know, if any. */
    public static Optional<DigestChallenge> from(List<String> wwwAuthenticate) {
        for (String header : wwwAuthenticate) {
            String trimmed = header.strip();
            if (!trimmed.regionMatches(true, 0, "Digest ", 0, 7)) {
                continue;
            }
            Map<String, String> p = params(trimmed.substring(7));
            String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
            if (p.containsKey("nonce") && List.of("MD5", "MD5-SESS", "SHA-256", "SHA-256-SESS").contains(algorithm)) {
                String qop = p.getOrDefault("qop", "");
                boolean auth = List.of(qop.split("\\s*,\\s*")).contains("auth");
                if (!qop.isEmpty() && !auth) {
                    continue; // auth-int only: we do not hash bodies
                }
                return Optional.of(new DigestChallenge(p.getOrDefault("realm", ""), p.get("nonce"), p.get("opaque"),
                        algorithm, auth));
            }
        }
        return Optional.empty();
    }

    /** The Authorization header value for one request (nonce count 1, a fresh client nonce). */
    public String authorization(String user, String password, String method, String uri) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return authorization(user, password, method, uri, HexFormat.of().formatHex(random));
    }

    String authorization(String user, String password, String method, String uri, String cnonce) {
        String nc = "00000001";
        String ha1 = hash(user + ":" + realm + ":" + password);
        if (algorithm.endsWith("-SESS")) {
            ha1 = hash(ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hash(method + ":" + uri);
        String response = qopAuth ? hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : hash(ha1 + ":" + nonce + ":" + ha2);
        StringBuilder h = new StringBuilder("Digest username=\"").append(quote(user)).append("\", realm=\"")
                .append(quote(realm)).append("\", nonce=\"").append(quote(nonce)).append("\", uri=\"").append(quote(uri))
                .append("\", algorithm=").append(algorithm).append(", response=\"").append(response).append('"');
        if (qopAuth) {
            h.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        if (opaque != null) {
            h.append(", opaque=\"").append(quote(opaque)).append('"');
        }
        return h.toString();
    }

    private String hash(String text) {
        String name = algorithm.startsWith("SHA-256") ? "SHA-256" : "MD5";
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is part of every JDK", e);
        }
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** key=value and key="quoted, value" pairs separated by commas. */
    static Map<String, String> params(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            out.put(key, value.toString().strip());
        }
        return out;
    }
}
