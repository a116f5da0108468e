package org.doorman.media.rtsp;

import java.time.Duration;

/**
 * The RTSP relay's limits and timers, with the defaults {@link #defaults()} documents. Decoder limits
 * follow Netty's RtspDecoder (initial line, header block, body); the write-buffer water marks decide
 * when a viewer counts as slow.
 *
 * @param maxInitialLine longest request/status line, bytes (default 4096)
 * @param maxHeaderSize longest header block, bytes (default 8192)
 * @param maxContent longest body (a camera's SDP), bytes (default 65536)
 * @param writeLowWater a slow viewer gets packets again below this many queued bytes (default 256 KiB)
 * @param writeHighWater above this many queued bytes a viewer's packets are dropped (default 1 MiB)
 * @param unwritableGrace a viewer that stays above the high water mark this long is disconnected (default 5 s)
 * @param linger how long a camera session stays up after its last viewer left (default 5 s)
 * @param backoffFirst first delay before reconnecting a lost camera, doubling each attempt (default 1 s)
 * @param backoffMax longest delay between reconnects (default 30 s)
 * @param describeTimeout how long a viewer's DESCRIBE waits for the camera (default 10 s)
 * @param upstreamIdle a playing camera silent this long is reconnected (default 10 s)
 * @param sessionTimeout the RTSP session timeout given to viewers; a UDP viewer's connection silent
 *                       this long is closed (default 60 s)
 * @param nonceTtl how long a viewer's digest nonce stays fresh (default 300 s)
 */
public record RtspTuning(int maxInitialLine, int maxHeaderSize, int maxContent, int writeLowWater, int writeHighWater,
        Duration unwritableGrace, Duration linger, Duration backoffFirst, Duration backoffMax,
        Duration describeTimeout, Duration upstreamIdle, Duration sessionTimeout, Duration nonceTtl) {

    public RtspTuning {
        if (maxInitialLine < 64 || maxHeaderSize < 256 || maxContent < 1024 || writeLowWater < 1
                || writeHighWater < writeLowWater) {
            throw new IllegalArgumentException("RTSP limits too small or write water marks out of order");
        }
    }

    public static RtspTuning defaults() {
        return new RtspTuning(4096, 8192, 65536, 256 * 1024, 1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(300));
    }
}
