package org.doorman.sip.auth;

import gov.nist.javax.sip.header.SIPHeader;
import java.util.List;
import java.util.ListIterator;
import javax.sip.header.AuthorizationHeader;
import javax.sip.message.Request;
import org.doorman.registrar.auth.DigestAlgorithm;
import org.doorman.registrar.auth.DigestCredentials;
import org.doorman.registrar.auth.DigestCredentialsParser;
import org.doorman.registrar.auth.DigestVerifier;
import org.doorman.registrar.auth.LoginGuard;
import org.doorman.registrar.auth.NonceCheck;
import org.doorman.registrar.auth.NonceService;
import org.doorman.registrar.directory.DeviceNumber;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryEntry;

/**
 * Digest authentication of requests from devices (RFC 3261 22, RFC 7616, RFC 8760). Unknown users
 * get the same challenge as known ones, so numbers cannot be probed; every wrong password counts
 * towards the lockout of that account from that source address.
 */
public final class DigestGate {
    private final Directory directory;
    private final NonceService nonces;
    private final LoginGuard guard;
    private final String realm;
    private final List<DigestAlgorithm> algorithms;

    public DigestGate(Directory directory, NonceService nonces, LoginGuard guard, String realm,
                      List<DigestAlgorithm> algorithms) {
        this.directory = directory;
        this.nonces = nonces;
        this.guard = guard;
        this.realm = realm;
        this.algorithms = List.copyOf(algorithms);
    }

    /** Authenticates a request that claims to be `claimedNumber` (the To user of a REGISTER). */
    public AuthResult authenticate(Request request, String claimedNumber, String sourceIp) {
        return authenticate(request, claimedNumber, sourceIp, AuthorizationHeader.NAME);
    }

    /**
     * Authenticates a request whose credentials are in `credentialsHeader` (Authorization for a
     * registrar's 401, Proxy-Authorization for a proxy's 407), claiming to be `claimedNumber`.
     */
    public AuthResult authenticate(Request request, String claimedNumber, String sourceIp, String credentialsHeader) {
        if (guard.isLocked(claimedNumber, sourceIp)) {
            return new AuthResult.Forbidden("Account Locked");
        }
        DigestCredentials credentials = ourCredentials(request, credentialsHeader);
        if (credentials == null || !algorithms.contains(credentials.algorithm())) {
            return new AuthResult.Challenge(false);
        }
        String account = DeviceNumber.canonical(credentials.username());
        DirectoryEntry entry = directory.find(account).filter(DirectoryEntry::canRegister).orElse(null);
        String ha1 = entry == null ? null
                : entry.credentials().ha1(credentials.algorithm().token(), credentials.username(), entry.number());
        if (ha1 == null || !DigestVerifier.verify(credentials, request.getMethod(), ha1)) {
            // Locks only this account from this source, so a stranger cannot lock a device out.
            return guard.recordFailure(claimedNumber, sourceIp)
                    ? new AuthResult.Forbidden("Account Locked") : new AuthResult.Challenge(false);
        }
        // Only a right response may use up a nonce count: a forged one must not spoil a real client's.
        NonceCheck nonce = nonces.check(credentials);
        if (nonce != NonceCheck.VALID) {
            return new AuthResult.Challenge(nonce == NonceCheck.STALE);
        }
        if (!entry.number().equals(DeviceNumber.canonical(claimedNumber))) {
            return new AuthResult.Forbidden("Authentication User Does Not Match "
                    + (AuthorizationHeader.NAME.equals(credentialsHeader) ? "To" : "From"));
        }
        guard.recordSuccess(claimedNumber, sourceIp);
        return new AuthResult.Authenticated(entry);
    }

    /** The WWW-Authenticate values to send, most preferred algorithm first (RFC 8760 section 2.4). */
    public List<String> challenges(boolean stale) {
        String nonce = nonces.newNonce();
        return algorithms.stream().map(a -> DigestVerifier.challenge(realm, nonce, a, stale)).toList();
    }

    private DigestCredentials ourCredentials(Request request, String headerName) {
        ListIterator<?> it = request.getHeaders(headerName);
        while (it != null && it.hasNext()) {
            Object header = it.next();
            try {
                DigestCredentials c = DigestCredentialsParser.parse(((SIPHeader) header).getHeaderValue());
                if (realm.equals(c.realm())) {
                    return c;
                }
            } catch (IllegalArgumentException e) {
                // A garbled Authorization header is answered like a missing one: with a challenge.
            }
        }
        return null;
    }
}
