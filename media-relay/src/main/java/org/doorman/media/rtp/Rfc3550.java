package org.doorman.media.rtp;

/** Constants of RTP and RTCP (RFC 3550) that the relay reads. */
public final class Rfc3550 {
    public static final int VERSION = 2;
    /** Fixed RTP header: V/P/X/CC, M/PT, sequence, timestamp, SSRC. */
    public static final int RTP_HEADER = 12;
    /** Smallest RTCP packet: the common header and the sender's SSRC. */
    public static final int RTCP_HEADER = 8;
    public static final int RTCP_SR = 200;
    public static final int RTCP_RR = 201;
    /** Sender info in an SR after the SSRC: NTP timestamp, RTP timestamp, packet and octet counts. */
    public static final int SENDER_INFO = 20;
    /** One reception report block. */
    public static final int REPORT_BLOCK = 24;

    private Rfc3550() {
    }
}
