package org.doorman.media.rtsp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.media.rtsp.ViewerCredentials;
import org.doorman.media.rtsp.auth.ViewerAuthenticator.Outcome;
import org.junit.jupiter.api.Test;

/** The viewer's digest login: only users the credentials allow, right password, fresh nonce issued here. */
class ViewerAuthenticatorTest {
    private static final String URI = "rtsp://doorman:8554/door/8001";
    private static final InetAddress HERE = InetAddress.getLoopbackAddress();
    private final List<String> failures = new ArrayList<>();
    private boolean locked;
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

        @Override
        public boolean mayTry(String user, InetAddress from) {
            return !locked;
        }

        @Override
        public void loginFailed(String user, InetAddress from) {
            failures.add(user + "@" + from.getHostAddress());
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
        assertEquals(new Outcome.Accepted("9901"), auth.check(answer("9901", "pw", nonce, null), "DESCRIBE", HERE));
        assertEquals(new Outcome.Accepted("9901"), auth.check(answer("9901", "pw", nonce, "auth"), "DESCRIBE", HERE));
    }

    @Test
    void wrongPasswordUnknownUserWrongMethodAndNoHeaderAreRefused() {
        String nonce = nonce();
        assertInstanceOf(Outcome.Refused.class, auth.check(answer("9901", "nope", nonce, null), "DESCRIBE", HERE));
        assertInstanceOf(Outcome.Refused.class, auth.check(answer("8001", "pw", nonce, null), "DESCRIBE", HERE));
        assertInstanceOf(Outcome.Refused.class, auth.check(answer("9901", "pw", nonce, null), "SETUP", HERE));
        assertInstanceOf(Outcome.Refused.class, auth.check(null, "DESCRIBE", HERE));
        assertInstanceOf(Outcome.Refused.class, auth.check("Basic OTkwMTpwdw==", "DESCRIBE", HERE));
    }

    @Test
    void aWrongPasswordIsReportedForTheLockoutAndALockedUserIsNotChecked() {
        String nonce = nonce();
        auth.check(answer("9901", "nope", nonce, null), "DESCRIBE", HERE);
        assertEquals(List.of("9901@127.0.0.1"), failures);
        locked = true;
        assertEquals(new Outcome.LockedOut("9901"), auth.check(answer("9901", "pw", nonce, null), "DESCRIBE", HERE));
        assertEquals(1, failures.size(), "a locked-out attempt is not checked, so not counted again");
    }

    @Test
    void aNonceNotIssuedHereIsRefused() {
        Outcome o = auth.check(answer("9901", "pw", "17a0b.0000000000000000000000000000000", null), "DESCRIBE", HERE);
        assertEquals(false, ((Outcome.Refused) o).stale());
    }

    @Test
    void anOldNonceIsStaleAndTheChallengeSaysSo() {
        String nonce = nonce();
        now = now.plusSeconds(301);
        Outcome o = auth.check(answer("9901", "pw", nonce, null), "DESCRIBE", HERE);
        assertTrue(((Outcome.Refused) o).stale());
        assertTrue(auth.challenge(true).endsWith("stale=true"));
    }
}
