package org.doorman.media.rtsp;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Who may watch door video, and their digest secrets. doorman implements it from the registrar's
 * directory (the MD5 HA1 stored for each indoor monitor and management centre, and the admin), so a
 * monitor logs in to the relay with its SIP number and password. The relay never sees passwords.
 */
public interface ViewerCredentials {

    /** The digest realm the HA1s were computed in (doorman's sip.realm). */
    String realm();

    /**
     * MD5(user:realm:password) as lower-case hex for a user allowed to watch video (an indoor monitor,
     * a management centre or the admin); empty for anyone else, door stations included.
     */
    Optional<String> ha1(String user);

    /**
     * Whether this user may try to log in from this address now; doorman answers false while the
     * failed-login lockout (security.lockout-*) holds, and the viewer gets 403 without a check.
     */
    default boolean mayTry(String user, InetAddress from) {
        return true;
    }

    /** Told of every wrong password of a known user, for the lockout and the AUTH FAIL security log. */
    default void loginFailed(String user, InetAddress from) {
    }
}
