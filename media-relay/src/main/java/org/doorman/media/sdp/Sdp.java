package org.doorman.media.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * A session description (RFC 4566) split into its session-level lines and its media sections, kept
 * line by line so that a rewrite changes only what it means to. Bodies over {@link #MAX_LENGTH}
 * characters or with more than {@link #MAX_MEDIA} m-lines are refused.
 */
public record Sdp(List<String> sessionLines, List<SdpMedia> media) {
    /** Largest body read: a door station's audio+video offer is under 2 KiB. */
    public static final int MAX_LENGTH = 65_536;
    /** Most m-lines read; each one takes relay ports. */
    public static final int MAX_MEDIA = 16;

    public Sdp {
        sessionLines = List.copyOf(sessionLines);
        media = List.copyOf(media);
    }

    public static Sdp parse(String text) throws SdpException {
        if (text == null || text.isBlank()) {
            throw new SdpException("empty body");
        }
        if (text.length() > MAX_LENGTH) {
            throw new SdpException("body longer than " + MAX_LENGTH + " characters");
        }
        List<String> session = new ArrayList<>();
        List<SdpMedia> media = new ArrayList<>();
        String mLine = null;
        List<String> mediaLines = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=' || !Character.isLetter(line.charAt(0))) {
                throw new SdpException("not an SDP line: " + abbreviate(line));
            }
            if (line.startsWith("m=")) {
                if (mLine != null) {
                    media.add(SdpMedia.parse(mLine, mediaLines));
                }
                if (media.size() >= MAX_MEDIA) {
                    throw new SdpException("more than " + MAX_MEDIA + " m-lines");
                }
                mLine = line;
                mediaLines = new ArrayList<>();
            } else if (mLine == null) {
                session.add(line);
            } else {
                mediaLines.add(line);
            }
        }
        if (mLine != null) {
            media.add(SdpMedia.parse(mLine, mediaLines));
        }
        if (session.isEmpty() || !session.get(0).startsWith("v=0")) {
            throw new SdpException("the body does not start with v=0");
        }
        Sdp sdp = new Sdp(session, media);
        for (SdpMedia m : media) {
            if (m.port() != 0 && sdp.connectionFor(m) == null) {
                throw new SdpException("no c= line for m=" + m.type());
            }
        }
        return sdp;
    }

    /** The session-level c= address, or null. */
    public String sessionConnection() {
        return SdpMedia.connectionOf(sessionLines);
    }

    /** Where a media section's peer receives: its own c= address, else the session's. */
    public String connectionFor(SdpMedia m) {
        String own = SdpMedia.connectionOf(m.lines());
        return own != null ? own : sessionConnection();
    }

    /** Whether a session-level attribute line (a=NAME or a=NAME:...) is present. */
    public boolean hasSessionAttribute(String name) {
        return SdpMedia.attributeValues(sessionLines, name).size() > 0;
    }

    static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
