package org.doorman.sip.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A response as it came off the wire, read without JAIN-SIP so the test does not share the
 * server's parser: status line, header values by lower-case name, body.
 */
public record SipAnswer(int status, String reason, Map<String, List<String>> headers, byte[] body) {

    /** Parses one response; the bytes are the head (up to and including the blank line) plus body. */
    public static SipAnswer parse(byte[] head, byte[] body) {
        String[] lines = new String(head, StandardCharsets.UTF_8).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].equals("SIP/2.0")) {
            throw new IllegalArgumentException("not a SIP response: " + lines[0]);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        return new SipAnswer(Integer.parseInt(statusLine[1]), statusLine.length > 2 ? statusLine[2] : "",
                headers, body);
    }

    /** Parses a response that arrived whole, as a UDP datagram does. */
    public static SipAnswer parse(byte[] datagram) {
        String text = new String(datagram, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        int headLength = end < 0 ? datagram.length : end + 4;
        byte[] head = java.util.Arrays.copyOf(datagram, headLength);
        byte[] body = java.util.Arrays.copyOfRange(datagram, headLength, datagram.length);
        return parse(head, body);
    }

    /** The first value of a header, or "" if absent. */
    public String header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String callId() {
        return header("call-id");
    }

    public boolean isFinal() {
        return status >= 200;
    }

    @Override
    public String toString() {
        return status + " " + reason + " (Call-ID " + callId() + ")";
    }
}
