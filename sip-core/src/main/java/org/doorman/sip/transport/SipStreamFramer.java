package org.doorman.sip.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a TCP byte stream into SIP messages (RFC 3261 18.3): the head runs to the first empty line,
 * the body is Content-Length octets. Pure: bytes and the time in, frames out.
 *
 * <p>Limits (defaults come from sip.max-message-size and sip.tcp-idle-timeout): a head or a whole
 * message longer than `maxMessageSize`, or a message still incomplete `maxMessageMillis` after its
 * first byte, breaks the stream. So does a Content-Length that is missing a value, negative, not a
 * number or given twice (RFC 4475 3.1.2.3 ncl, 3.3.9 mcl01): the message's end is then unknown, so
 * nothing after it can be framed. After a Broken frame the framer ignores all input.
 */
public final class SipStreamFramer {
    /** What the stream yielded. */
    public sealed interface Frame permits Message, Ping, Broken {}

    /** A whole message: `head` up to and including the empty line, then `body`. */
    public record Message(byte[] head, byte[] body) implements Frame {}

    /** A double-CRLF keep-alive between messages (RFC 5626 4.4.1), to be answered with one CRLF. */
    public record Ping() implements Frame {}

    /** The stream cannot be framed further; `status` is the answer owed (0: none), `head` if one was read. */
    public record Broken(int status, String reason, byte[] head) implements Frame {}

    private enum State { BETWEEN, HEAD, BODY, BROKEN }

    private final int maxMessageSize;
    private final long maxMessageMillis;
    private State state = State.BETWEEN;
    private int crlfBetween;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private int last4;
    private byte[] body;
    private int bodyRead;
    private long startedAt;

    public SipStreamFramer(int maxMessageSize, long maxMessageMillis) {
        if (maxMessageSize <= 0 || maxMessageMillis <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxMessageSize = maxMessageSize;
        this.maxMessageMillis = maxMessageMillis;
    }

    /** Consumes `bytes` received at `nowMillis` and returns the frames they complete, in order. */
    public List<Frame> feed(byte[] bytes, long nowMillis) {
        List<Frame> frames = new ArrayList<>();
        int i = 0;
        while (i < bytes.length && state != State.BROKEN) {
            switch (state) {
                case BETWEEN -> i = between(bytes, i, nowMillis, frames);
                case HEAD -> i = head(bytes, i, frames);
                case BODY -> i = body(bytes, i, frames);
                default -> throw new IllegalStateException(state.name());
            }
        }
        if ((state == State.HEAD || state == State.BODY) && nowMillis - startedAt > maxMessageMillis) {
            frames.add(broken(0, "message not complete " + maxMessageMillis + " ms after its first byte", null));
        }
        return frames;
    }

    public boolean broken() {
        return state == State.BROKEN;
    }

    private int between(byte[] bytes, int i, long nowMillis, List<Frame> frames) {
        byte b = bytes[i];
        if (b == '\r' || b == '\n') {
            crlfBetween = b == '\n' ? crlfBetween + 1 : crlfBetween;
            if (crlfBetween == 2) {
                frames.add(new Ping());
                crlfBetween = 0;
            }
            return i + 1;
        }
        crlfBetween = 0;
        state = State.HEAD;
        startedAt = nowMillis;
        head.reset();
        last4 = 0;
        return i;
    }

    private int head(byte[] bytes, int i, List<Frame> frames) {
        while (i < bytes.length) {
            int b = bytes[i++] & 0xFF;
            head.write(b);
            last4 = (last4 << 8) | b;
            if (head.size() > maxMessageSize) {
                frames.add(broken(0, "header section longer than " + maxMessageSize + " bytes", null));
                return i;
            }
            if (last4 == 0x0D0A0D0A || (last4 & 0xFFFF) == 0x0A0A) { // a lone LF ends lines for lenient peers
                headComplete(frames);
                return i;
            }
        }
        return i;
    }

    private void headComplete(List<Frame> frames) {
        byte[] headBytes = head.toByteArray();
        long length;
        try {
            length = contentLength(headBytes);
        } catch (IllegalArgumentException e) {
            frames.add(broken(400, e.getMessage(), headBytes));
            return;
        }
        if (headBytes.length + length > maxMessageSize) {
            frames.add(broken(413, "message longer than " + maxMessageSize + " bytes", headBytes));
            return;
        }
        body = new byte[(int) length];
        bodyRead = 0;
        state = State.BODY;
        if (length == 0) {
            messageComplete(frames);
        }
    }

    private int body(byte[] bytes, int i, List<Frame> frames) {
        int n = Math.min(bytes.length - i, body.length - bodyRead);
        System.arraycopy(bytes, i, body, bodyRead, n);
        bodyRead += n;
        if (bodyRead == body.length) {
            messageComplete(frames);
        }
        return i + n;
    }

    private void messageComplete(List<Frame> frames) {
        frames.add(new Message(head.toByteArray(), body));
        state = State.BETWEEN;
        head.reset();
        body = null;
    }

    private Frame broken(int status, String reason, byte[] headBytes) {
        state = State.BROKEN;
        head.reset();
        body = null;
        return new Broken(status, reason, headBytes);
    }

    /**
     * The Content-Length of a head (full or compact name, any spacing, folded or not); 0 if absent,
     * as JAIN-SIP assumes for a bodiless message. Throws for a value that does not frame the message.
     */
    static long contentLength(byte[] headBytes) {
        String[] lines = new String(headBytes, StandardCharsets.ISO_8859_1).split("\r?\n");
        String value = null;
        int found = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0 || lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (name.equals("content-length") || name.equals("l")) {
                found++;
                StringBuilder v = new StringBuilder(lines[i].substring(colon + 1));
                for (int j = i + 1; j < lines.length && (lines[j].startsWith(" ") || lines[j].startsWith("\t")); j++) {
                    v.append(lines[j]);
                }
                value = v.toString().trim();
            }
        }
        if (found > 1) {
            throw new IllegalArgumentException("Multiple Content-Length Headers");
        }
        if (value == null) {
            return 0;
        }
        if (!value.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("Bad Content-Length");
        }
        return Long.parseLong(value);
    }
}
