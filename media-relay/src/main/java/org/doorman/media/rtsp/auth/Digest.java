package org.doorman.media.rtsp.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** RFC 2617 MD5 digest arithmetic, shared by the viewer check and the camera login. Pure: no I/O. */
public final class Digest {
    private Digest() {
    }

    public static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** HA1 = MD5(user:realm:password). */
    public static String ha1(String user, String realm, String password) {
        return md5Hex(user + ":" + realm + ":" + password);
    }

    /**
     * The request-digest: MD5(HA1:nonce:HA2) without qop, MD5(HA1:nonce:nc:cnonce:qop:HA2) with qop=auth,
     * where HA2 = MD5(method:uri).
     */
    public static String response(String ha1, String nonce, String method, String uri, String qop, String nc,
            String cnonce) {
        String ha2 = md5Hex(method + ":" + uri);
        if (qop == null || qop.isEmpty()) {
            return md5Hex(ha1 + ":" + nonce + ":" + ha2);
        }
        return md5Hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }
}
