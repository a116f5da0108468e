package org.doorman.media.srtp;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.srtp.SrtpPolicy;
import org.jitsi.srtp.utils.SrtpPacketUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SRTP and SRTCP for one leg (RFC 3711, RFC 7714) on jitsi-srtp: opens what the peer sends with the
 * peer's SDES key and seals what the relay sends with its own. Use as a {@link LegCipher.Factory}
 * through {@code SrtpCipher::new}.
 *
 * <p>Opening works in place: the array handed to {@code open…} holds garbage afterwards and must not
 * be read again by the caller (reusing it as a receive buffer is fine). Sealing leaves its input
 * untouched. Nothing here throws for a bad packet: it answers null, and the relay counts the drop.
 */
public final class SrtpCipher implements LegCipher {
    /** SSRCs one direction of a leg may use in a call (audio, video, a few changes on re-INVITE). */
    static final int MAX_SSRCS = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SrtpCipher.class);
    private static final int RTP_HEADER = 12;
    private static final int RTCP_HEADER = 8;

    /** One jitsi-srtp call on a context; both context kinds have the same shape but no common type. */
    @FunctionalInterface
    private interface Transform<C> {
        SrtpErrorStatus apply(C context, PacketBuffer packet) throws GeneralSecurityException;
    }

    private static final Transform<SrtpCryptoContext> OPEN_RTP = (c, p) -> c.reverseTransformPacket(p, false);
    private static final Transform<SrtcpCryptoContext> OPEN_RTCP = SrtcpCryptoContext::reverseTransformPacket;
    private static final Transform<SrtpCryptoContext> SEAL_RTP = SrtpCryptoContext::transformPacket;
    private static final Transform<SrtcpCryptoContext> SEAL_RTCP = SrtcpCryptoContext::transformPacket;

    private final int shortestSrtp;
    private final int shortestSrtcp;
    private final int shortestRfcTagSrtcp;
    private final int rtpOverhead;
    private final int rtcpOverhead;
    private final int shortTagRtcpOverhead;
    private final SsrcContexts<SrtpCryptoContext> openRtp;
    private final SsrcContexts<SrtcpCryptoContext> openRtcp;
    private final SsrcContexts<SrtpCryptoContext> sealRtp;
    private final SsrcContexts<SrtcpCryptoContext> sealRtcp;
    /** SRTCP with the 32-bit tag, as libre does for the _32 suite; null for the other suites. */
    private final SsrcContexts<SrtcpCryptoContext> openRtcpShortTag;
    private final SsrcContexts<SrtcpCryptoContext> sealRtcpShortTag;
    private final SrtcpTagLearner srtcpTag;
    private final PacketBuffer window = new PacketBuffer();

    /** A cipher for a leg whose peer sends with {@code peerKey} and to which the relay sends with {@code ownKey}. */
    public SrtpCipher(SdesKey peerKey, SdesKey ownKey) {
        JitsiSrtpRuntime.ensureReady();
        SrtpSuite peer = peerKey.suite();
        SrtpSuite own = ownKey.suite();
        boolean peerShortTag = SrtpPolicies.hasShortTagVariant(peer);
        boolean ownShortTag = SrtpPolicies.hasShortTagVariant(own);
        shortestSrtp = RTP_HEADER + SrtpPolicies.rtpOverhead(peer);
        shortestRfcTagSrtcp = RTCP_HEADER + SrtpPolicies.rtcpOverhead(SrtpPolicies.forRtcp(peer));
        shortestSrtcp = peerShortTag ? RTCP_HEADER + SrtpPolicies.rtcpOverhead(SrtpPolicies.forShortTagRtcp(peer))
                : shortestRfcTagSrtcp;
        rtpOverhead = SrtpPolicies.rtpOverhead(own);
        rtcpOverhead = SrtpPolicies.rtcpOverhead(SrtpPolicies.forRtcp(own));
        shortTagRtcpOverhead = SrtpPolicies.rtcpOverhead(SrtpPolicies.forShortTagRtcp(own));
        SrtpContextFactory opener = contextFactory(false, peerKey, SrtpPolicies.forRtcp(peer));
        SrtpContextFactory sealer = contextFactory(true, ownKey, SrtpPolicies.forRtcp(own));
        // SDES carries no rollover counter: every stream starts at ROC 0 and the library tracks wraps
        openRtp = new SsrcContexts<>("opening SRTP", MAX_SSRCS, ssrc -> opener.deriveContext(ssrc, 0));
        openRtcp = new SsrcContexts<>("opening SRTCP", MAX_SSRCS, opener::deriveControlContext);
        sealRtp = new SsrcContexts<>("sealing RTP", MAX_SSRCS, ssrc -> sealer.deriveContext(ssrc, 0));
        sealRtcp = new SsrcContexts<>("sealing RTCP", MAX_SSRCS, sealer::deriveControlContext);
        openRtcpShortTag = peerShortTag ? new SsrcContexts<>("opening SRTCP with 32-bit tags", MAX_SSRCS,
                contextFactory(false, peerKey, SrtpPolicies.forShortTagRtcp(peer))::deriveControlContext) : null;
        sealRtcpShortTag = ownShortTag ? new SsrcContexts<>("sealing RTCP with 32-bit tags", MAX_SSRCS,
                contextFactory(true, ownKey, SrtpPolicies.forShortTagRtcp(own))::deriveControlContext) : null;
        srtcpTag = new SrtcpTagLearner(peerShortTag);
    }

    /**
     * Loads jitsi-srtp and its crypto providers now and runs a packet each way through every suite: the
     * first use costs seconds on a busy machine (BouncyCastle's provider, the native library probe),
     * which the relay should pay when it starts rather than in the first secured call.
     *
     * @throws IllegalStateException when a suite cannot seal and open its own packet
     */
    public static void prepare() {
        SecureRandom random = new SecureRandom();
        for (SrtpSuite suite : SrtpSuite.values()) {
            SdesKey key = SdesKey.generate(0, suite, random);
            LegCipher cipher = new SrtpCipher(key, key);
            byte[] rtp = {(byte) 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0x7f};
            byte[] rtcp = {(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 1};
            byte[] sealedRtp = cipher.sealRtp(rtp, rtp.length);
            byte[] sealedRtcp = null;
            for (int i = 0; sealedRtcp == null && i <= SrtcpTagLearner.SEALS_BEFORE_GIVING_UP; i++) {
                sealedRtcp = cipher.sealRtcp(rtcp, rtcp.length); // a _32 leg waits a few packets for its peer
            }
            if (sealedRtp == null || !Arrays.equals(rtp, cipher.openRtp(sealedRtp, sealedRtp.length))
                    || sealedRtcp == null || !Arrays.equals(rtcp, cipher.openRtcp(sealedRtcp, sealedRtcp.length))) {
                throw new IllegalStateException("SRTP self-test failed for " + suite);
            }
        }
    }

    private static SrtpContextFactory contextFactory(boolean sender, SdesKey key, SrtpPolicy rtcpPolicy) {
        return new SrtpContextFactory(sender, key.key(), key.salt(), SrtpPolicies.forRtp(key.suite()), rtcpPolicy,
                JitsiSrtpRuntime.CONTEXT_LOGGER);
    }

    @Override
    public byte[] openRtp(byte[] packet, int length) {
        if (length < shortestSrtp || length > packet.length) {
            return null;
        }
        return open(openRtp, OPEN_RTP, packet, length, readInt(packet, 8));
    }

    /** Tries the RFC tag, then on a _32 leg the 32-bit one, until one authenticates (see {@link SrtcpTagLearner}). */
    @Override
    public byte[] openRtcp(byte[] packet, int length) {
        if (length < shortestSrtcp || length > packet.length) {
            return null;
        }
        int ssrc = readInt(packet, 4);
        // a failed HMAC check leaves the packet as it was, so the second reading sees the same bytes
        if (srtcpTag.tryRfcTag() && length >= shortestRfcTagSrtcp) {
            byte[] opened = open(openRtcp, OPEN_RTCP, packet, length, ssrc);
            if (opened != null) {
                srtcpTag.opened(false);
                return opened;
            }
        }
        if (openRtcpShortTag != null && srtcpTag.tryShortTag()) {
            byte[] opened = open(openRtcpShortTag, OPEN_RTCP, packet, length, ssrc);
            if (opened != null) {
                srtcpTag.opened(true);
                return opened;
            }
        }
        return null;
    }

    /** The packet sealed, or null when it is not RTP or its index was sent before (resealing would reuse keystream). */
    @Override
    public byte[] sealRtp(byte[] packet, int length) {
        if (length < RTP_HEADER || length > packet.length) {
            return null;
        }
        byte[] out = Arrays.copyOf(packet, length + rtpOverhead);
        if (!SrtpPacketUtils.validatePacketLength(window.wrap(out, length), 0)) {
            return null;
        }
        return seal(sealRtp, SEAL_RTP, out, readInt(packet, 8));
    }

    /** The packet sealed; null when it is not RTCP, or while a _32 leg still waits to learn the peer's SRTCP tag. */
    @Override
    public byte[] sealRtcp(byte[] packet, int length) {
        if (length < RTCP_HEADER || length > packet.length) {
            return null;
        }
        SsrcContexts<SrtcpCryptoContext> sealer = sealRtcp;
        int overhead = rtcpOverhead;
        if (sealRtcpShortTag != null) {
            Boolean shortTag = srtcpTag.sealWithShortTag();
            if (shortTag == null) {
                return null;
            }
            if (shortTag) {
                sealer = sealRtcpShortTag;
                overhead = shortTagRtcpOverhead;
            }
        }
        byte[] out = Arrays.copyOf(packet, length + overhead);
        window.wrap(out, length);
        return seal(sealer, SEAL_RTCP, out, readInt(packet, 4));
    }

    @Override
    public boolean secure() {
        return true;
    }

    private <C> byte[] open(SsrcContexts<C> contexts, Transform<C> transform, byte[] packet, int length, int ssrc) {
        try {
            C context = contexts.get(ssrc);
            boolean fresh = context == null;
            if (fresh) {
                if (contexts.full()) {
                    return refused(contexts, ssrc);
                }
                context = contexts.derive(ssrc);
            }
            if (transform.apply(context, window.wrap(packet, length)) != SrtpErrorStatus.OK) {
                return null;
            }
            if (fresh) {
                contexts.keep(ssrc, context); // only a stream that proved it holds the key takes a slot
            }
            return Arrays.copyOf(packet, window.getLength());
        } catch (GeneralSecurityException | RuntimeException e) {
            return failed(contexts, e);
        }
    }

    /** Seals what {@link #window} holds in {@code out}, an array already sized for the added bytes. */
    private <C> byte[] seal(SsrcContexts<C> contexts, Transform<C> transform, byte[] out, int ssrc) {
        try {
            C context = contexts.get(ssrc);
            if (context == null) {
                if (contexts.full()) {
                    return refused(contexts, ssrc);
                }
                context = contexts.derive(ssrc);
                contexts.keep(ssrc, context);
            }
            if (transform.apply(context, window) != SrtpErrorStatus.OK) {
                return null;
            }
            byte[] result = window.getBuffer();
            return result == out && window.getLength() == out.length ? out : Arrays.copyOf(result, window.getLength());
        } catch (GeneralSecurityException | RuntimeException e) {
            return failed(contexts, e);
        }
    }

    private static byte[] refused(SsrcContexts<?> contexts, int ssrc) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: SSRC {} dropped, already {} SSRCs on this leg", contexts, Integer.toUnsignedString(ssrc),
                    contexts.capacity());
        }
        return null;
    }

    /** A packet that made jitsi-srtp throw (malformed beyond its own checks) is dropped like any other bad one. */
    private static byte[] failed(SsrcContexts<?> contexts, Exception e) {
        LOG.debug("{} failed: {}", contexts, e.toString());
        return null;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
