package org.doorman.sip;

import java.util.Set;

/** Protocol constants of RFC 3261 (and its extensions) that doorman's handlers use. */
public final class Rfc3261 {
    private Rfc3261() {}

    /** Methods doorman knows; a request with any other method gets 501 Not Implemented. */
    public static final Set<String> KNOWN_METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS",
            "REGISTER", "INFO", "PRACK", "SUBSCRIBE", "NOTIFY", "UPDATE", "MESSAGE", "REFER", "PUBLISH");

    public static final int TRYING = 100;
    public static final int OK = 200;
    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int METHOD_NOT_ALLOWED = 405;
    public static final int NOT_ACCEPTABLE = 406;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;
    public static final int INTERVAL_TOO_BRIEF = 423;
    public static final int SERVER_INTERNAL_ERROR = 500;
    public static final int NOT_IMPLEMENTED = 501;
    public static final int VERSION_NOT_SUPPORTED = 505;
    public static final int UNSUPPORTED_URI_SCHEME = 416;
    public static final int BAD_EXTENSION = 420;
    public static final int TOO_MANY_HOPS = 483;
}
