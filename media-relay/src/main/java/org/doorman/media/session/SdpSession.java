package org.doorman.media.session;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.media.Leg;
import org.doorman.media.MediaRefusedException;
import org.doorman.media.sdp.Sdp;
import org.doorman.media.sdp.SdpException;
import org.doorman.media.sdp.SdpMedia;
import org.doorman.media.srtp.SdesKey;

/**
 * The offer/answer exchange (RFC 3264) of one relayed session, seen from the relay in the middle:
 * rewrites each body so that both legs talk to the relay, decides per leg and stream between SRTP
 * and plain RTP under the policy, and remembers what was agreed. No I/O; not thread-safe (one
 * session's bodies are handled one at a time).
 */
public final class SdpSession {
    /** What an offer said about one m-line, kept until its answer. */
    private record Offered(boolean rejected, String fromProto, boolean fromMux, List<SdesKey> fromKeys,
                           String toProto, List<SdesKey> toKeys, PeerMedia fromPeer) {
    }

    private record Pending(Leg from, List<Offered> streams) {
    }

    private final SrtpPolicy policy;
    private final String address;
    private final StreamPorts ports;
    private final KeyRing keys;
    private final Map<Leg, Origin> origins = new EnumMap<>(Leg.class);
    private Pending pending;
    private List<NegotiatedStream> streams = List.of();

    /** @param address the relay's address as written into SDP (c= and o=) */
    public SdpSession(SrtpPolicy policy, String address, StreamPorts ports, SecureRandom random) {
        this.policy = policy;
        this.address = address;
        this.ports = ports;
        this.keys = new KeyRing(random);
        for (Leg leg : Leg.values()) {
            origins.put(leg, new Origin(1 + (random.nextLong() >>> 2)));
        }
    }

    /** The streams as agreed by the last answer (empty before the first one). */
    public List<NegotiatedStream> streams() {
        return streams;
    }

    /** An offer from {@code from}: returns the body for the other leg. */
    public String offer(Leg from, String body, boolean fromSecure, boolean toSecure) throws MediaRefusedException {
        Sdp sdp = parse(body);
        Leg to = from.other();
        List<Offered> offered = new ArrayList<>();
        List<SdpWriter.MediaOut> outs = new ArrayList<>();
        for (int i = 0; i < sdp.media().size(); i++) {
            SdpMedia m = sdp.media().get(i);
            if (m.port() == 0 || !m.isUdpRtp()) {
                offered.add(new Offered(true, m.proto(), false, List.of(), m.proto(), List.of(), null));
                outs.add(SdpWriter.MediaOut.rejected(m.proto()));
                continue;
            }
            List<SdesKey> fromKeys = offeredKeys(m, fromSecure);
            checkOffer(m, fromKeys, fromSecure, toSecure);
            renewIfRekeyed(from, i, fromKeys);
            boolean srtpTowardPeer = policy != SrtpPolicy.OFF && toSecure;
            boolean secureProfile = policy == SrtpPolicy.REQUIRED || (srtpTowardPeer && m.isSecureProfile());
            String toProto = (secureProfile ? "RTP/SAVP" : "RTP/AVP") + (m.hasFeedback() ? "F" : "");
            List<SdesKey> toKeys = srtpTowardPeer ? keys.offer(to, i) : List.of();
            boolean mux = m.hasAttribute("rtcp-mux");
            List<SdesKey> usedFromKeys = policy == SrtpPolicy.OFF ? List.of() : fromKeys;
            offered.add(new Offered(false, m.proto(), mux, usedFromKeys, toProto, toKeys, PeerMedias.of(sdp, m, mux)));
            outs.add(new SdpWriter.MediaOut(ports.rtpPort(i, to), toProto, mux, true, toKeys));
        }
        pending = new Pending(from, offered);
        return SdpWriter.write(sdp, outs, address, origins.get(to));
    }

    /** The answer from {@code from} to the last offer: returns the body for the offerer. */
    public String answer(Leg from, String body, boolean fromSecure, boolean toSecure) throws MediaRefusedException {
        if (pending == null || pending.from() == from) {
            throw MediaRefusedException.notAcceptable("an answer from leg " + from + " without an offer from the other leg");
        }
        Sdp sdp = parse(body);
        if (sdp.media().size() != pending.streams().size()) {
            throw MediaRefusedException.notAcceptable("the answer has " + sdp.media().size()
                    + " m-lines where the offer had " + pending.streams().size());
        }
        Leg offerer = pending.from();
        List<NegotiatedStream> agreed = new ArrayList<>();
        List<SdpWriter.MediaOut> outs = new ArrayList<>();
        for (int i = 0; i < sdp.media().size(); i++) {
            SdpMedia m = sdp.media().get(i);
            Offered o = pending.streams().get(i);
            if (o.rejected() || m.port() == 0) {
                agreed.add(new NegotiatedStream(i, m.type(), false, null, LegCrypto.PLAIN, null, LegCrypto.PLAIN));
                outs.add(SdpWriter.MediaOut.rejected(o.fromProto()));
                continue;
            }
            LegCrypto answererCrypto = answeredCrypto(m, o, fromSecure);
            LegCrypto offererCrypto = LegCrypto.PLAIN;
            if (!o.fromKeys().isEmpty()) {
                SdesKey chosen = o.fromKeys().get(0);
                offererCrypto = new LegCrypto(chosen, keys.own(offerer, i, chosen.suite(), chosen.tag()));
            }
            boolean answererMux = o.fromMux() && m.hasAttribute("rtcp-mux");
            PeerMedia answerer = PeerMedias.of(sdp, m, answererMux);
            agreed.add(offerer == Leg.A
                    ? new NegotiatedStream(i, m.type(), true, o.fromPeer(), offererCrypto, answerer, answererCrypto)
                    : new NegotiatedStream(i, m.type(), true, answerer, answererCrypto, o.fromPeer(), offererCrypto));
            List<SdesKey> ownKeys = offererCrypto.secure() ? List.of(offererCrypto.ownKey()) : List.of();
            outs.add(new SdpWriter.MediaOut(ports.rtpPort(i, offerer), o.fromProto(), o.fromMux(), !o.fromMux(),
                    ownKeys));
        }
        streams = List.copyOf(agreed);
        return SdpWriter.write(sdp, outs, address, origins.get(offerer));
    }

    /** A re-offer whose key differs from the one the leg used so far gets a fresh relay key in the answer too. */
    private void renewIfRekeyed(Leg from, int stream, List<SdesKey> fromKeys) {
        if (stream < streams.size() && !fromKeys.isEmpty()) {
            LegCrypto current = streams.get(stream).crypto(from);
            if (current.secure() && !current.peerKey().equals(fromKeys.get(0))) {
                keys.renew(from, stream);
            }
        }
    }

    private static Sdp parse(String body) throws MediaRefusedException {
        try {
            return Sdp.parse(body);
        } catch (SdpException e) {
            throw MediaRefusedException.notAcceptable("unreadable SDP: " + e.getMessage());
        }
    }

    /** The SDES keys of an m-line that the relay can use, in the offerer's order; none unless signalling is TLS. */
    private static List<SdesKey> offeredKeys(SdpMedia m, boolean secureSignalling) {
        if (!secureSignalling) {
            return List.of();
        }
        List<SdesKey> usable = new ArrayList<>();
        for (String value : m.attributes("crypto")) {
            SdesKey.parse(value).ifPresent(usable::add);
        }
        return usable;
    }

    private void checkOffer(SdpMedia m, List<SdesKey> fromKeys, boolean fromSecure, boolean toSecure)
            throws MediaRefusedException {
        String which = "m=" + m.type();
        if (m.isSecureProfile() && policy == SrtpPolicy.OFF) {
            throw MediaRefusedException.notAcceptable("SRTP is off (media.srtp) and " + which + " offers only RTP/SAVP");
        }
        if (m.isSecureProfile() && fromKeys.isEmpty()) {
            throw MediaRefusedException.notAcceptable(fromSecure
                    ? which + " offers RTP/SAVP without an SDES key (a=crypto) doorman can use"
                    : which + " offers RTP/SAVP over signalling that is not TLS; SDES keys are only taken over TLS");
        }
        if (policy == SrtpPolicy.REQUIRED && fromKeys.isEmpty()) {
            throw MediaRefusedException.notAcceptable("SRTP is required (media.srtp) and the offer's " + which
                    + " has no SDES key over TLS");
        }
        if (policy == SrtpPolicy.REQUIRED && !toSecure) {
            throw MediaRefusedException.notAcceptable("SRTP is required (media.srtp) and the called side's"
                    + " signalling is not TLS, so it cannot be given SDES keys");
        }
    }

    /** The answering leg's keys: its a=crypto line that takes up one of the relay's offered keys, if any. */
    private LegCrypto answeredCrypto(SdpMedia m, Offered o, boolean fromSecure) throws MediaRefusedException {
        if (!o.toKeys().isEmpty() && fromSecure) {
            for (String value : m.attributes("crypto")) {
                Optional<SdesKey> theirs = SdesKey.parse(value);
                for (SdesKey ours : o.toKeys()) {
                    if (theirs.isPresent() && theirs.get().tag() == ours.tag() && theirs.get().suite() == ours.suite()) {
                        return new LegCrypto(theirs.get(), ours);
                    }
                }
            }
        }
        if (policy == SrtpPolicy.REQUIRED) {
            throw MediaRefusedException.notAcceptable("SRTP is required (media.srtp) and the answer's m=" + m.type()
                    + " takes none of the offered SDES keys");
        }
        if (o.toProto().startsWith("RTP/SAVP")) {
            throw MediaRefusedException.notAcceptable("the answer to an RTP/SAVP offer has no usable a=crypto for m="
                    + m.type());
        }
        return LegCrypto.PLAIN;
    }
}
