package org.doorman.sip.transport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 400 for a request too malformed to parse, built from its raw header lines (RFC 3261 8.2.6.2:
 * Via, CSeq, Call-ID, From and To copied, a To tag added). JAIN-SIP's own version
 * (MessageChannel.createBadReqRes) ends the header section before its Content-Length, which on a
 * stream leaves the client reading the rest as the next message; this one is framed correctly.
 */
public final class RawBadRequest {
    private static final Pattern TO_TAG = Pattern.compile("(?i);\\s*tag\\s*=");
    private static final Set<String> COPIED = Set.of("via", "v", "cseq", "call-id", "i", "from", "f", "to", "t");

    private RawBadRequest() {}

    /** The response bytes, or empty for an ACK or a response, or if the head has no Via to answer along. */
    public static Optional<byte[]> answer(byte[] head, String reason) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("SIP/") || text.startsWith("ACK ")) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("SIP/2.0 400 ").append(ReasonPhrase.clean(reason)).append("\r\n");
        boolean via = false;
        String[] lines = text.split("\r?\n");
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0 || lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (!COPIED.contains(name)) {
                continue;
            }
            StringBuilder header = new StringBuilder(lines[i]);
            while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                header.append(' ').append(lines[++i].trim()); // unfolded, as a response may be
            }
            if ((name.equals("to") || name.equals("t")) && !TO_TAG.matcher(header).find()) {
                header.append(";tag=badreq");
            }
            via |= name.equals("via") || name.equals("v");
            out.append(header).append("\r\n");
        }
        if (!via) {
            return Optional.empty();
        }
        out.append("Content-Length: 0\r\n\r\n");
        return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
