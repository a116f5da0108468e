package org.doorman.media.sdp;

/** Real-world shaped SDP bodies the tests rewrite (addresses in documentation ranges or the LAN of a building). */
public final class SdpSamples {
    private SdpSamples() {
    }

    /** A Dahua-style door station calling: audio G.711 with telephone-event, H.264 video, session-level c=. */
    public static final String DAHUA_VTO_OFFER = String.join("\r\n",
            "v=0",
            "o=- 1700000000 1700000000 IN IP4 192.168.1.108",
            "s=SIP Call",
            "c=IN IP4 192.168.1.108",
            "t=0 0",
            "m=audio 15000 RTP/AVP 0 8 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-15",
            "a=ptime:20",
            "a=sendrecv",
            "m=video 15002 RTP/AVP 96",
            "b=AS:2048",
            "a=rtpmap:96 H264/90000",
            "a=fmtp:96 profile-level-id=420028; packetization-mode=1",
            "a=sendrecv",
            "");

    /** An indoor monitor answering the door station: audio only PCMA, video accepted. */
    public static final String VTH_ANSWER = String.join("\r\n",
            "v=0",
            "o=- 42 42 IN IP4 192.168.1.201",
            "s=SIP Call",
            "c=IN IP4 192.168.1.201",
            "t=0 0",
            "m=audio 30000 RTP/AVP 8 101",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-15",
            "a=sendrecv",
            "m=video 30002 RTP/AVP 96",
            "a=rtpmap:96 H264/90000",
            "a=sendrecv",
            "");

    /** baresip 3.x with the ice module: candidates, ice-ufrag/pwd, rtcp-rsize, media-level c=. */
    public static final String BARESIP_OFFER = String.join("\r\n",
            "v=0",
            "o=- 2890844526 2890844526 IN IP4 10.0.0.20",
            "s=-",
            "t=0 0",
            "a=tool:baresip 3.10.1",
            "a=ice-lite",
            "m=audio 10224 RTP/AVP 9 0 8 101",
            "c=IN IP4 10.0.0.20",
            "b=AS:88",
            "a=rtpmap:9 G722/8000",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-15",
            "a=sendrecv",
            "a=label:1",
            "a=rtcp-rsize",
            "a=ssrc:1234567 cname:a1b2c3",
            "a=ice-ufrag:7Vm4",
            "a=ice-pwd:d0c4a7e1f3b2e8c9a1d2f3e4",
            "a=candidate:1 1 UDP 2113937151 10.0.0.20 10224 typ host",
            "a=candidate:1 2 UDP 2113937150 10.0.0.20 10225 typ host",
            "a=end-of-candidates",
            "");

    /** An offer with RTCP multiplexed on the RTP port (RFC 5761) and a=rtcp naming that port. */
    public static final String MUX_OFFER = String.join("\r\n",
            "v=0",
            "o=phone 1 1 IN IP4 10.0.0.30",
            "s=call",
            "c=IN IP4 10.0.0.30",
            "t=0 0",
            "m=audio 40000 RTP/AVPF 0 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=rtcp:40000",
            "a=rtcp-mux",
            "");

    /** baresip with mediaenc srtp-mand over TLS: RTP/SAVP, two SDES keys, separate RTCP on a=rtcp. */
    public static final String CRYPTO_OFFER = String.join("\r\n",
            "v=0",
            "o=- 3 3 IN IP4 10.0.0.40",
            "s=-",
            "c=IN IP4 10.0.0.40",
            "t=0 0",
            "m=audio 50000 RTP/SAVP 0 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=rtcp:50005",
            "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR",
            "a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:QS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR",
            "a=sendrecv",
            "");
}
