package org.doorman.media.rtsp;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One door camera and everyone watching it: the single upstream session (opened for the first viewer,
 * kept while viewers remain, closed a linger time after the last one leaves, reopened with back-off
 * when lost, viewers kept), and the fan-out of its packets to every playing viewer.
 */
final class CameraHub {
    private static final Logger log = LoggerFactory.getLogger(CameraHub.class);

    private final String door;
    private final CameraSource source;
    private final RtspTuning tuning;
    private final EventLoop timers;
    private final Bootstrap bootstrap;
    private final List<ViewerOutlet> outlets = new CopyOnWriteArrayList<>();
    private final AtomicLong packetsIn = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong sentByDeparted = new AtomicLong();
    private final AtomicLong droppedByDeparted = new AtomicLong();
    private final Backoff backoff;
    // guarded by this
    private int users;
    private boolean running;
    private volatile boolean playing;
    private Channel upstream;
    private CompletableFuture<CameraSdp> description = new CompletableFuture<>();
    private ScheduledFuture<?> lingerTimer;
    private ScheduledFuture<?> retryTimer;

    CameraHub(String door, CameraSource source, RtspTuning tuning, Bootstrap base) {
        this.door = door;
        this.source = source;
        this.tuning = tuning;
        this.timers = base.config().group().next();
        this.backoff = new Backoff(tuning.backoffFirst(), tuning.backoffMax());
        this.bootstrap = base.clone().channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) tuning.describeTimeout().toMillis())
                .handler(new UpstreamInitializer(this, source, tuning));
    }

    String door() {
        return door;
    }

    /** A viewer wants this camera: starts the upstream session if needed; completes with its description. */
    synchronized CompletableFuture<CameraSdp> acquire() {
        users++;
        cancel(lingerTimer);
        if (description.isCompletedExceptionally()) {
            description = new CompletableFuture<>();
        }
        if (!running) {
            running = true;
            backoff.reset();
            connect();
        }
        return description;
    }

    /** The description of the running session, completing when the camera has answered (for an acquired hub). */
    synchronized CompletableFuture<CameraSdp> described() {
        if (running && description.isCompletedExceptionally()) {
            description = new CompletableFuture<>();
        }
        return description;
    }

    /** The description viewers are served now, or null while the camera has not answered. */
    synchronized CameraSdp currentDescription() {
        return description.getNow(null);
    }

    /** A viewer no longer wants this camera; the last one leaving closes the session after the linger time. */
    synchronized void release() {
        users = Math.max(0, users - 1);
        if (users == 0) {
            cancel(lingerTimer);
            lingerTimer = timers.schedule(this::stopIfUnused, tuning.linger().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void addOutlet(ViewerOutlet outlet) {
        outlets.add(outlet);
    }

    void removeOutlet(ViewerOutlet outlet) {
        if (outlets.remove(outlet)) {
            sentByDeparted.addAndGet(outlet.sent());
            droppedByDeparted.addAndGet(outlet.dropped());
        }
    }

    /** A packet from the camera on an interleaved channel: to every playing viewer of that track. */
    void onPacket(int channel, ByteBuf payload) {
        packetsIn.incrementAndGet();
        int track = channel / 2;
        boolean rtcp = channel % 2 == 1;
        for (ViewerOutlet outlet : outlets) {
            outlet.send(track, rtcp, payload);
        }
    }

    /** The upstream connection ch is playing; its description serves the viewers. */
    void onPlaying(Channel ch, CameraSdp sdp) {
        CompletableFuture<CameraSdp> waiting;
        synchronized (this) {
            if (ch != upstream) {
                return;
            }
            backoff.reset();
            playing = true;
            waiting = description;
            if (waiting.isDone()) {
                description = CompletableFuture.completedFuture(sdp);
            }
        }
        log.info("camera of door {} playing: {} track(s) from {}", door, sdp.tracks(), source);
        waiting.complete(sdp);
    }

    /** The upstream connection ch ended or never came up: reconnect after back-off while viewers remain. */
    void onLost(Channel ch, String reason) {
        CompletableFuture<CameraSdp> failed = null;
        synchronized (this) {
            if (ch != upstream) {
                return;
            }
            upstream = null;
            playing = false;
            if (!running) {
                return;
            }
            reconnects.incrementAndGet();
            if (!description.isDone()) {
                failed = description;
            }
            long delay = backoff.next().toMillis();
            log.warn("camera of door {} lost ({}); reconnecting in {} ms", door, reason, delay);
            retryTimer = timers.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
        }
        if (failed != null) {
            failed.completeExceptionally(new IOException("camera of door " + door + " unavailable: " + reason));
        }
    }

    private synchronized void reconnect() {
        if (running && upstream == null) {
            connect();
        }
    }

    private void connect() {
        ChannelFuture f = bootstrap.connect(source.url().getHost(), source.port());
        upstream = f.channel();
        f.addListener(done -> {
            if (!done.isSuccess()) {
                onLost(f.channel(), "connect failed: " + done.cause().getMessage());
            }
        });
    }

    private synchronized void stopIfUnused() {
        if (users > 0 || !running) {
            return;
        }
        running = false;
        playing = false;
        cancel(retryTimer);
        if (upstream != null) {
            upstream.close();
            upstream = null;
        }
        if (description.isDone()) {
            description = new CompletableFuture<>();
        }
        log.info("camera of door {} closed: no viewers", door);
    }

    /** Stops for good (relay shutdown). */
    synchronized void close() {
        users = 0;
        cancel(lingerTimer);
        stopIfUnused();
    }

    synchronized boolean upstreamOpen() {
        return upstream != null;
    }

    CameraStats stats() {
        List<CameraStats.ViewerStats> viewers = outlets.stream().map(ViewerOutlet::stats).toList();
        long sent = sentByDeparted.get() + outlets.stream().mapToLong(ViewerOutlet::sent).sum();
        long dropped = droppedByDeparted.get() + outlets.stream().mapToLong(ViewerOutlet::dropped).sum();
        return new CameraStats(door, source.toString(), playing, viewers.size(), packetsIn.get(), sent, dropped,
                reconnects.get(), viewers);
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
