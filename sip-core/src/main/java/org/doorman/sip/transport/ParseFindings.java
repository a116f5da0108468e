package org.doorman.sip.transport;

import gov.nist.javax.sip.message.SIPMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sip.message.Message;

/**
 * What a request's raw bytes show that JAIN-SIP's parsed message hides: the parser reads any
 * SIP-Version as "SIP/2.0" (RFC 4475 3.1.2.16 badvers) and keeps only the first of repeated
 * single-valued headers (3.3.8 multi01, 3.3.9 mcl01). The checks answer 505 or 400 from this.
 *
 * @param sipVersion      the Request-Line's version as sent
 * @param repeatedHeaders single-valued headers that appear more than once, by full name, sorted
 */
public record ParseFindings(String sipVersion, Set<String> repeatedHeaders) {
    public static final String SIP_2_0 = "SIP/2.0";
    private static final ParseFindings CLEAN = new ParseFindings(SIP_2_0, Set.of());

    /** Headers that may appear once only (RFC 3261 7.3.1, 20), lower-case name and compact form. */
    private static final Map<String, String> SINGLE_VALUED = singleValued();

    public ParseFindings {
        repeatedHeaders = Collections.unmodifiableSortedSet(new TreeSet<>(repeatedHeaders)); // stable reason phrases
    }

    /** The findings the parser attached to a message; a message without any is clean. */
    public static ParseFindings of(Message message) {
        return message instanceof SIPMessage m && m.getApplicationData() instanceof ParseFindings f ? f : CLEAN;
    }

    public boolean clean() {
        return versionSupported() && repeatedHeaders.isEmpty();
    }

    /** "SIP" is case-insensitive (RFC 3261 7.1); only version 2.0 exists. */
    public boolean versionSupported() {
        return SIP_2_0.equalsIgnoreCase(sipVersion);
    }

    /** Reads the start line and header names of a request; the body is not looked at. */
    public static ParseFindings scan(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length() && text.charAt(start) < 0x20) {
            start++; // the parser skips leading CRLFs too
        }
        String[] lines = text.substring(start).split("\r?\n", -1);
        String[] startLine = lines[0].trim().split("[ \t]+");
        String version = startLine[startLine.length - 1];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t' || colon < 0) {
                continue; // a folded continuation, or garbage the parser judges
            }
            String name = SINGLE_VALUED.get(line.substring(0, colon).trim().toLowerCase(Locale.ROOT));
            if (name != null) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        Set<String> repeated = new TreeSet<>();
        counts.forEach((name, n) -> {
            if (n > 1) {
                repeated.add(name);
            }
        });
        return new ParseFindings(version, repeated);
    }

    private static Map<String, String> singleValued() {
        Map<String, String> m = new HashMap<>();
        for (String[] names : new String[][] {{"Call-ID", "i"}, {"CSeq", null}, {"From", "f"}, {"To", "t"},
                {"Max-Forwards", null}, {"Content-Length", "l"}, {"Content-Type", "c"}}) {
            m.put(names[0].toLowerCase(Locale.ROOT), names[0]);
            if (names[1] != null) {
                m.put(names[1], names[0]);
            }
        }
        return Map.copyOf(m);
    }
}
