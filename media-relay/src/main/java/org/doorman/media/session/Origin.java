package org.doorman.media.session;

/**
 * The relay's o= line toward one leg (RFC 4566 5.2, RFC 3264 8): a fixed session id and a version
 * that goes up each time the body sent to that leg changes.
 */
final class Origin {
    private final long sessionId;
    private long version;
    private String lastBody;

    Origin(long sessionId) {
        this.sessionId = sessionId;
        this.version = sessionId;
    }

    /** The o= line for a body whose other lines are {@code body}. */
    String lineFor(String body, String address) {
        if (lastBody != null && !lastBody.equals(body)) {
            version++;
        }
        lastBody = body;
        return "o=doorman " + sessionId + " " + version + " IN " + SdpWriter.addressType(address) + " " + address;
    }
}
