package org.doorman.media.rtsp.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Answers a camera's 401 challenges for one upstream session: digest (MD5, with qop=auth when the
 * camera offers it) preferred over basic. Holds the last challenge and the nonce count. Not
 * thread-safe: one upstream connection uses it from its event loop.
 */
public final class CameraAuthorizer {
    private final String user;
    private final String password;
    private AuthHeader challenge;
    private int nonceCount;

    public CameraAuthorizer(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** Takes the WWW-Authenticate headers of a 401; false when none is a scheme we can answer. */
    public boolean challenged(List<String> wwwAuthenticate) {
        AuthHeader basic = null;
        for (String header : wwwAuthenticate) {
            AuthHeader h = AuthHeader.parse(header);
            String algorithm = h.param("algorithm");
            if (h.scheme().equals("digest") && h.param("nonce") != null
                    && (algorithm == null || algorithm.equalsIgnoreCase("MD5"))) {
                challenge = h;
                nonceCount = 0;
                return true;
            }
            if (h.scheme().equals("basic")) {
                basic = h;
            }
        }
        challenge = basic;
        return basic != null;
    }

    /** The Authorization header for a request, or null before any challenge. */
    public String authorization(String method, String uri) {
        if (challenge == null) {
            return null;
        }
        if (challenge.scheme().equals("basic")) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        String realm = challenge.param("realm") == null ? "" : challenge.param("realm");
        String nonce = challenge.param("nonce");
        String qop = offersAuthQop() ? "auth" : null;
        String nc = String.format(Locale.ROOT, "%08x", ++nonceCount);
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        String cnonce = HexFormat.of().formatHex(random);
        String response = Digest.response(Digest.ha1(user, realm, password), nonce, method, uri, qop, nc, cnonce);
        StringBuilder h = new StringBuilder("Digest username=\"").append(user).append("\", realm=\"").append(realm)
                .append("\", nonce=\"").append(nonce).append("\", uri=\"").append(uri)
                .append("\", response=\"").append(response).append('"');
        if (challenge.param("opaque") != null) {
            h.append(", opaque=\"").append(challenge.param("opaque")).append('"');
        }
        if (qop != null) {
            h.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        return h.toString();
    }

    private boolean offersAuthQop() {
        String qop = challenge.param("qop");
        if (qop == null) {
            return false;
        }
        for (String option : qop.split(",")) {
            if (option.strip().equalsIgnoreCase("auth")) {
                return true;
            }
        }
        return false;
    }
}
