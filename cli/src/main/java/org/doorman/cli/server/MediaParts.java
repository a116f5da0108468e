package org.doorman.cli.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.MediaConfig;
import org.doorman.media.Leg;
import org.doorman.media.MediaEvents;
import org.doorman.media.MediaRelay;
import org.doorman.media.rtsp.CameraSource;
import org.doorman.media.rtsp.RtspRelay;
import org.doorman.media.rtsp.RtspTls;
import org.doorman.media.srtp.SrtpCipher;
import org.doorman.registrar.auth.LoginGuard;
import org.doorman.registrar.directory.Directory;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.SipServer;
import org.doorman.sip.proxy.ProxyAddress;
import org.doorman.sip.transport.tls.PemFiles;
import org.doorman.sip.transport.tls.TlsCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media side of `serve`: the RTP/SRTP relay that call SDP is anchored through (unless
 * media.anchor is false) and the RTSP relay for door video, each started and closed together.
 */
final class MediaParts implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MediaParts.class);

    private MediaRelay calls;
    private RtspRelay video;

    /** Starts the call relay; its DTMF keys go to the SIP server the supplier gives once it runs. */
    MediaAnchor startCalls(DoormanConfig config, Clock clock, Supplier<SipServer> sip) throws Exception {
        MediaConfig media = config.media();
        if (!media.anchor()) {
            log.info("media.anchor is false: call SDP passes untouched and media flows device to device");
            return MediaAnchor.NONE;
        }
        SrtpCipher.prepare(); // the first SRTP context costs seconds: pay it now, not in the first secured call
        calls = MediaRelay.start(media, sdpAddress(config), clock, SrtpCipher::new, new MediaEvents() {
            @Override
            public void dtmf(String session, Leg from, char key, java.time.Instant at) {
                SipServer server = sip.get();
                if (server != null) {
                    server.mediaDtmf(session, RelayAnchor.side(from), key, at);
                }
            }

            @Override
            public void timedOut(String session) {
                log.info("media session {} carried nothing for {} s and was released", session, media.timeout());
            }
        });
        return new RelayAnchor(calls);
    }

    /** Starts the RTSP relay for the doors that have a camera, RTSPS with SIP's TLS certificate when TLS is on. */
    void startVideo(DoormanConfig config, Optional<TlsCredentials> sipTls, Directory directory, Clock clock)
            throws Exception {
        var cameras = CameraSource.fromConfig(config);
        if (cameras.isEmpty()) {
            log.info("no door has a camera (doors.<vto>.camera.url): the RTSP relay is not started");
            return;
        }
        SSLContext tls = null;
        if (sipTls.isPresent()) {
            TlsCredentials creds = sipTls.get();
            tls = RtspTls.context(PemFiles.privateKey(creds.key()), PemFiles.certificates(creds.certificate()));
        }
        LoginGuard viewerGuard = new LoginGuard(config.security().lockoutAttempts(),
                Duration.ofMinutes(config.security().lockoutMinutes()), clock);
        video = RtspRelay.start(config.media(), cameras,
                new RtspViewers(directory, config.sip().realm(), viewerGuard), tls, clock);
    }

    MediaRelay calls() {
        return calls;
    }

    RtspRelay video() {
        return video;
    }

    /** media.sdp-address, else media.address, else (wildcard) the address SIP advertises itself by. */
    private static String sdpAddress(DoormanConfig config) {
        MediaConfig media = config.media();
        if (!media.sdpAddress().isEmpty()) {
            return media.sdpAddress();
        }
        if (!media.address().equals("0.0.0.0") && !media.address().equals("::")) {
            return media.address();
        }
        var sip = config.sip();
        return ProxyAddress.of(sip.address(), sip.udpPort(), sip.tcpPort(), sip.tlsPort()).host();
    }

    @Override
    public void close() {
        if (video != null) {
            video.close();
        }
        if (calls != null) {
            calls.close();
        }
    }
}
