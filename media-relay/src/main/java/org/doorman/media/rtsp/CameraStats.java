package org.doorman.media.rtsp;

import java.util.List;

/**
 * One door camera as the relay sees it (Jackson-friendly).
 *
 * @param door the door station number
 * @param camera the camera URL, without credentials
 * @param playing whether the upstream session is playing now
 * @param viewers viewers currently receiving this door's video
 * @param packetsIn RTP/RTCP packets received from the camera
 * @param packetsOut packets sent to viewers (one per viewer per packet)
 * @param dropped packets not sent to a viewer because it was too slow, summed over viewers
 * @param reconnects times the camera session was lost and opened again
 * @param viewerStats each viewer
 */
public record CameraStats(String door, String camera, boolean playing, int viewers, long packetsIn, long packetsOut,
        long dropped, long reconnects, List<ViewerStats> viewerStats) {

    /**
     * One viewer of a door's video.
     *
     * @param session the RTSP session id
     * @param user the digest user name it logged in with
     * @param transport tcp (interleaved), udp or tls (interleaved over RTSPS)
     * @param remote the viewer's address:port
     * @param packetsOut packets sent to it
     * @param dropped packets dropped because it was too slow
     */
    public record ViewerStats(String session, String user, String transport, String remote, long packetsOut,
            long dropped) {
    }
}
