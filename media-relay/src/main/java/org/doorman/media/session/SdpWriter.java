package org.doorman.media.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.sdp.SdpMedia;
import org.doorman.media.srtp.SdesKey;

/**
 * Writes the relay's version of a body: every c= names the relay, each m= the relay's port, RTCP
 * ports and keys are the relay's, and what only works end to end (ICE, DTLS, BUNDLE) is removed.
 */
final class SdpWriter {
    /** What the relay says about one m-line: its port (0: rejected), profile, RTCP lines and keys. */
    record MediaOut(int port, String proto, boolean mux, boolean rtcpPortLine, List<SdesKey> keys) {
        MediaOut {
            keys = List.copyOf(keys);
        }

        static MediaOut rejected(String proto) {
            return new MediaOut(0, proto, false, false, List.of());
        }
    }

    private SdpWriter() {
    }

    static String write(Sdp sdp, List<MediaOut> outs, String address, Origin origin) {
        List<String> lines = new ArrayList<>();
        int originAt = -1;
        for (String line : sdp.sessionLines()) {
            if (line.startsWith("o=")) {
                originAt = lines.size();
                lines.add("o=");
            } else if (line.startsWith("c=")) {
                lines.add(connection(address));
            } else if (!endToEndOnly(line) && !isAttribute(line, "group")) {
                lines.add(line);
            }
        }
        for (int i = 0; i < sdp.media().size(); i++) {
            writeMedia(sdp.media().get(i), outs.get(i), address, lines);
        }
        String body = String.join("\r\n", lines) + "\r\n";
        String o = origin.lineFor(body, address);
        if (originAt < 0) {
            lines.add(1, o);
        } else {
            lines.set(originAt, o);
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static void writeMedia(SdpMedia m, MediaOut out, String address, List<String> lines) {
        lines.add("m=" + m.type() + " " + out.port() + " " + out.proto()
                + (m.formats().isEmpty() ? "" : " " + String.join(" ", m.formats())));
        for (String line : m.lines()) {
            if (line.startsWith("c=")) {
                lines.add(connection(address));
            } else if (!endToEndOnly(line) && !isAttribute(line, "rtcp") && !isAttribute(line, "rtcp-mux")
                    && !isAttribute(line, "rtcp-mux-only") && !isAttribute(line, "crypto")) {
                lines.add(line);
            }
        }
        if (out.port() == 0) {
            return;
        }
        if (out.rtcpPortLine()) {
            lines.add("a=rtcp:" + (out.port() + 1));
        }
        if (out.mux()) {
            lines.add("a=rtcp-mux");
        }
        for (SdesKey k : out.keys()) {
            lines.add("a=crypto:" + k.toAttribute());
        }
    }

    /** Lines that describe the peer's own transport (ICE, DTLS): meaningless once the relay is in between. */
    private static boolean endToEndOnly(String line) {
        return isAttribute(line, "candidate") || isAttribute(line, "remote-candidates")
                || isAttribute(line, "end-of-candidates") || line.toLowerCase(Locale.ROOT).startsWith("a=ice-")
                || isAttribute(line, "fingerprint") || isAttribute(line, "setup") || isAttribute(line, "tls-id");
    }

    private static boolean isAttribute(String line, String name) {
        String a = "a=" + name;
        return line.equalsIgnoreCase(a) || line.regionMatches(true, 0, a + ":", 0, a.length() + 1);
    }

    private static String connection(String address) {
        return "c=IN " + addressType(address) + " " + address;
    }

    static String addressType(String address) {
        return address.contains(":") ? "IP6" : "IP4";
    }
}
