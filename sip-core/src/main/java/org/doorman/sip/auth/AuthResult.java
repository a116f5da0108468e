package org.doorman.sip.auth;

import org.doorman.registrar.directory.DirectoryEntry;

/** What digest authentication decided about a request. */
public sealed interface AuthResult {
    /** Authenticated as this directory entry. */
    record Authenticated(DirectoryEntry entry) implements AuthResult {}

    /** Answer 401 with fresh challenges; stale=true when only the nonce was old. */
    record Challenge(boolean stale) implements AuthResult {}

    /** Answer 403 with this reason (account locked, or credentials of another user). */
    record Forbidden(String reason) implements AuthResult {}
}
