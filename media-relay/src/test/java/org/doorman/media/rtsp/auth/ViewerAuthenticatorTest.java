package org.doorman.media.rtsp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.doorman.media.rtsp.ViewerCredentials;
import org.doorman.media.rtsp.auth.ViewerAuthenticator.Outcome;
import org.junit.jupiter.api.Test;

/** The viewer's digest login: only users the credentials allow, right password, fresh nonce issued here. */
class ViewerAuthenticatorTest {
    private static final String URI = "rtsp://doorman:8554/door/8001";
    private Instant now = Instant.parse("2026-01-05T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final ViewerCredentials monitors = new ViewerCredentials() {
        @Override
        public String realm() {
            return "doorman";
        }

        @Override
        public Optional<String> ha1(String user) {
            return Optional.ofNullable(Map.of("9901", Digest.ha1("9901", "doorman", "pw")).get(user));
        }
    };
    private final ViewerAuthenticator auth = new ViewerAuthenticator(monitors, clock, Duration.ofSeconds(300));

    private String answer(String user, String password, String nonce, String qop) {
        String response = Digest.response(Digest.ha1(user, "doorman", password), nonce, "DESCRIBE", URI, qop, "00000001", "c0ffee");
        return "Digest username=\"" + user + "\", realm=\"doorman\", nonce=\"" + nonce + "\", uri=\"" + URI
                + "\", response=\"" + response + "\"" + (qop == null ? "" : ", qop=auth, nc=00000001, cnonce=\"c0ffee\"");
    }

    private String nonce() {
        return AuthHeader.parse(auth.challenge(false)).param("nonce");
    }

    @Test
    void aMonitorWithItsPasswordIsAccepted() {
        String nonce = nonce();
        assertEquals(new Outcome.Accepted("9901"), auth.check(answer("9901", "pw", nonce, null), "DESCRIBE"));
        assertEquals(new Outcome.Accepted("9901"), auth.check(answer("9901", "pw", nonce, "auth"), "DESCRIBE"));
    }

    @Test
    void wrongPasswordUnknownUserWrongMethodAndNoHeaderAreRefused() {
        String nonce = nonce();
        assertInstanceOf(Outcome.Refused.class, auth.check(answer("9901", "nope", nonce, null), "DESCRIBE"));
        assertInstanceOf(Outcome.Refused.class, auth.check(answer("8001", "pw", nonce, null), "DESCRIBE"));
        assertInstanceOf(Outcome.Refused.class, auth.check(answer("9901", "pw", nonce, null), "SETUP"));
        assertInstanceOf(Outcome.Refused.class, auth.check(null, "DESCRIBE"));
        assertInstanceOf(Outcome.Refused.class, auth.check("Basic OTkwMTpwdw==", "DESCRIBE"));
    }

    @Test
    void aNonceNotIssuedHereIsRefused() {
        Outcome o = auth.check(answer("9901", "pw", "17a0b.0000000000000000000000000000000", null), "DESCRIBE");
        assertEquals(false, ((Outcome.Refused) o).stale());
    }

    @Test
    void anOldNonceIsStaleAndTheChallengeSaysSo() {
        String nonce = nonce();
        now = now.plusSeconds(301);
        Outcome o = auth.check(answer("9901", "pw", nonce, null), "DESCRIBE");
        assertTrue(((Outcome.Refused) o).stale());
        assertTrue(auth.challenge(true).endsWith("stale=true"));
    }
}
