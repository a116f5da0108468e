package org.doorman.media.rtsp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 2617 digest arithmetic, header parsing and the camera-side answer. */
class DigestTest {

    @Test
    void theRfc2617ExampleGivesItsPublishedResponse() {
        String ha1 = Digest.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        assertEquals("6629fae49393a05397450978507c4ef1", Digest.response(ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", "GET",
                "/dir/index.html", "auth", "00000001", "0a4f113b"));
    }

    @Test
    void withoutQopTheResponseIsHa1NonceHa2() {
        String ha1 = Digest.ha1("u", "r", "p");
        assertEquals(Digest.md5Hex(ha1 + ":n:" + Digest.md5Hex("DESCRIBE:rtsp://h/door/8001")),
                Digest.response(ha1, "n", "DESCRIBE", "rtsp://h/door/8001", null, null, null));
    }

    @Test
    void headerParametersAreReadQuotedOrBare() {
        AuthHeader h = AuthHeader.parse("Digest realm=\"Login to 4L0\\\"X\", nonce=\"abc, def\",qop=auth , stale=FALSE");
        assertEquals("digest", h.scheme());
        assertEquals(Map.of("realm", "Login to 4L0\"X", "nonce", "abc, def", "qop", "auth", "stale", "FALSE"), h.params());
        assertEquals("QWxhZGRpbjpvcGVuIHNlc2FtZQ==", AuthHeader.parse("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==").token());
    }

    @Test
    void theCameraAuthorizerAnswersDigestWithQopAndCountsNonces() {
        CameraAuthorizer a = new CameraAuthorizer("admin", "pw");
        assertNull(a.authorization("DESCRIBE", "rtsp://cam/x"), "no answer before a challenge");
        assertTrue(a.challenged(List.of("Basic realm=\"cam\"",
                "Digest realm=\"cam\", nonce=\"n1\", qop=\"auth,auth-int\", opaque=\"o\"")));
        AuthHeader first = AuthHeader.parse(a.authorization("DESCRIBE", "rtsp://cam/x"));
        assertEquals("00000001", first.param("nc"));
        assertEquals("o", first.param("opaque"));
        assertEquals(Digest.response(Digest.ha1("admin", "cam", "pw"), "n1", "DESCRIBE", "rtsp://cam/x", "auth", "00000001",
                first.param("cnonce")), first.param("response"));
        assertEquals("00000002", AuthHeader.parse(a.authorization("SETUP", "rtsp://cam/x/t0")).param("nc"));
    }

    @Test
    void theCameraAuthorizerFallsBackToBasic() {
        CameraAuthorizer a = new CameraAuthorizer("Aladdin", "open sesame");
        assertTrue(a.challenged(List.of("Basic realm=\"cam\"")));
        assertEquals("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", a.authorization("DESCRIBE", "rtsp://cam/x"));
        assertTrue(!new CameraAuthorizer("u", "p").challenged(List.of("Digest realm=\"x\", nonce=\"n\", algorithm=SHA-512")),
                "an algorithm we cannot answer is no challenge we take");
    }
}
