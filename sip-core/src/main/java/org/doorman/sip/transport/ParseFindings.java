package org.doorman.sip.transport;

import gov.nist.javax.sip.message.SIPMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
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

    /**
     * Reads the start line and header names of a request; the body is not looked at. One pass over
     * the bytes without regular expressions: it runs on every message, on the SIP hot path.
     */
    public static ParseFindings scan(byte[] m) {
        int n = m.length;
        int i = 0;
        while (i < n && (m[i] & 0xff) < 0x20) {
            i++; // the parser skips leading CRLFs too
        }
        int lineEnd = indexOf(m, i, n, (byte) '\n');
        int e = lineEnd;
        while (e > i && whitespace(m[e - 1])) {
            e--;
        }
        int s = e;
        while (s > i && !whitespace(m[s - 1])) {
            s--;
        }
        String version = new String(m, s, e - s, StandardCharsets.ISO_8859_1);
        int[] counts = null;
        for (int p = lineEnd + 1; p < n; ) {
            int end = indexOf(m, p, n, (byte) '\n');
            int len = end - p - (end > p && m[end - 1] == '\r' ? 1 : 0);
            if (len <= 0) {
                break; // the blank line ends the headers
            }
            int colon = indexOf(m, p, p + len, (byte) ':');
            if (m[p] != ' ' && m[p] != '\t' && colon < p + len) { // not a folded line, not garbage
                int nameEnd = colon;
                while (nameEnd > p && whitespace(m[nameEnd - 1])) {
                    nameEnd--;
                }
                int which = singleValuedIndex(m, p, nameEnd);
                if (which >= 0) {
                    counts = counts == null ? new int[NAMES.length] : counts;
                    counts[which]++;
                }
            }
            p = end + 1;
        }
        if (counts == null && SIP_2_0.equals(version)) {
            return CLEAN;
        }
        Set<String> repeated = new TreeSet<>();
        // A header and its compact form count together (From and f).
        Map<String, Integer> byName = new HashMap<>();
        for (int k = 0; counts != null && k < counts.length; k++) {
            byName.merge(CANONICAL[k], counts[k], Integer::sum);
        }
        byName.forEach((name, c) -> {
            if (c > 1) {
                repeated.add(name);
            }
        });
        return new ParseFindings(version, repeated);
    }

    /**
     * Headers that may appear once only (RFC 3261 7.3.1, 20): lower-case full and compact names, and
     * the canonical name each counts under.
     */
    private static final String[] NAMES = {"call-id", "i", "cseq", "from", "f", "to", "t", "max-forwards",
        "content-length", "l", "content-type", "c"};
    private static final String[] CANONICAL = {"Call-ID", "Call-ID", "CSeq", "From", "From", "To", "To",
        "Max-Forwards", "Content-Length", "Content-Length", "Content-Type", "Content-Type"};

    private static int singleValuedIndex(byte[] m, int from, int to) {
        int len = to - from;
        for (int k = 0; k < NAMES.length; k++) {
            String name = NAMES[k];
            if (name.length() == len && equalsIgnoreCase(m, from, name)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean equalsIgnoreCase(byte[] m, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            int c = m[from + k] & 0xff;
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] m, int from, int to, byte b) {
        for (int k = from; k < to; k++) {
            if (m[k] == b) {
                return k;
            }
        }
        return to;
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
