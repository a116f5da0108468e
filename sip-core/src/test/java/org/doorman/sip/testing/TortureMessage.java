package org.doorman.sip.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One RFC 4475 message, byte for byte as the RFC gives it (CRLF and 8-bit octets kept). */
public record TortureMessage(String name, byte[] bytes) {
    /**
     * The top Via's sent-by, after a sent-protocol that may be folded over lines (wsinv does):
     * group 1 is everything before the host, group 2 the host with its optional port.
     */
    private static final Pattern TOP_VIA_SENT_BY = Pattern.compile(
            "(?im)(^(?:via|v)[ \\t]*:\\s*SIP\\s*/\\s*[^/\\s]+\\s*/\\s*[^\\s;,]+\\s+)([^\\s;,:]+(?:\\s*:\\s*\\d+)?)");

    private static final Pattern TOP_VIA_BRANCH = Pattern.compile(
            "(?im)^(?:via|v)[ \\t]*:[^\\r\\n,]*?;\\s*branch\\s*=\\s*([^\\s;,]+)");
    private static final Pattern TOP_VIA_TRANSPORT = Pattern.compile(
            "(?im)(^(?:via|v)[ \\t]*:\\s*SIP\\s*/\\s*[^/\\s]+\\s*/\\s*)([^\\s;,]+)");

    public static TortureMessage load(String name) {
        try (InputStream in = TortureMessage.class.getResourceAsStream("/rfc4475/" + name + ".dat")) {
            if (in == null) {
                throw new IllegalArgumentException("no torture message " + name);
            }
            return new TortureMessage(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isResponse() {
        return text().startsWith("SIP/");
    }

    /**
     * The same message with only the top Via's host[:port] replaced by `at`. The RFC's messages
     * name hosts such as 192.0.2.15 (RFC 5737 documentation addresses): over UDP a server answers
     * to the Via's sent-by port (RFC 3261 18.2.2), so the test can only read the answer where the
     * Via points at its own socket. Everything else, the Via's transport and parameters included,
     * stays as the RFC wrote it.
     */
    public TortureMessage withTopViaAt(InetSocketAddress at) {
        String text = text();
        int headEnd = text.indexOf("\r\n\r\n");
        Matcher m = TOP_VIA_SENT_BY.matcher(text);
        if (!m.find() || (headEnd >= 0 && m.start() > headEnd)) {
            return this; // no Via at all (a response, or a message the server must drop anyway)
        }
        String sentBy = at.getAddress().getHostAddress() + ":" + at.getPort();
        String rewritten = text.substring(0, m.start(2)) + sentBy + text.substring(m.end(2));
        return new TortureMessage(name, rewritten.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * The message as its own client would send it: the top Via's branch made unique to this message.
     * Many of RFC 4475's messages reuse the branch z9hG4bKkdjuw; RFC 3261 17.2.3 tells them apart by
     * sent-by and method too, but JAIN-SIP matches server transactions by branch alone, so a later
     * message would be taken for a retransmission of an earlier INVITE still in its transaction.
     */
    public TortureMessage withOwnBranch(String transport) {
        String text = text();
        int headEnd = text.indexOf("\r\n\r\n");
        Matcher m = TOP_VIA_BRANCH.matcher(text);
        if (!m.find() || (headEnd >= 0 && m.start() > headEnd)) {
            return this;
        }
        String rewritten = text.substring(0, m.end(1)) + "." + name + "." + transport + text.substring(m.end(1));
        return new TortureMessage(name, rewritten.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The top Via's transport token replaced, for a message sent over another transport than it names. */
    public TortureMessage withTopViaTransport(String transport) {
        String text = text();
        Matcher m = TOP_VIA_TRANSPORT.matcher(text);
        if (!m.find()) {
            return this;
        }
        String rewritten = text.substring(0, m.start(2)) + transport + text.substring(m.end(2));
        return new TortureMessage(name, rewritten.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The Call-ID the RFC gave the message (full or compact form), or "" if it has none. */
    public String callId() {
        Matcher m = Pattern.compile("(?im)^(?:call-id|i)[ \\t]*:[ \\t]*(\\S+)").matcher(text());
        return m.find() ? m.group(1) : "";
    }

    /** ISO-8859-1 maps every octet to one char, so text and bytes convert back and forth unchanged. */
    private String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
