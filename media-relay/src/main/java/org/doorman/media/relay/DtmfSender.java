package org.doorman.media.relay;

import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.doorman.media.rtp.KeyPress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays queued DTMF keys into one session as RFC 4733 telephone-events, one packet every
 * {@link KeyPress#PTIME_MILLIS}, in the order they were asked for: a key starts only after the
 * previous key's end packets and a short pause. Everything but {@link #enqueue} runs on the
 * session's event loop, where the legs' ciphers live; a released session stops it at its next tick.
 */
final class DtmfSender {
    private static final Logger LOG = LoggerFactory.getLogger(DtmfSender.class);
    /** Silence between two keys, so that a receiver's detector sees two presses even of the same key. */
    static final int PAUSE_MILLIS = 2 * KeyPress.PTIME_MILLIS;

    private record Key(RelayEnd toward, int payloadType, int event) {
    }

    private final String session;
    private final EventLoop loop;
    private final BooleanSupplier released;
    private final ArrayDeque<Key> queue = new ArrayDeque<>();
    private volatile boolean playing;
    private Key current;
    private KeyPress press;
    private int index;
    private int lastSequence;

    DtmfSender(String session, EventLoop loop, BooleanSupplier released) {
        this.session = session;
        this.loop = loop;
        this.released = released;
    }

    /** Queues a key toward the peer of {@code toward} (any thread); false when the event loop is shutting down. */
    boolean enqueue(RelayEnd toward, int payloadType, int event) {
        try {
            loop.execute(() -> {
                queue.add(new Key(toward, payloadType, event));
                if (!playing) {
                    playing = true;
                    tick();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Sends the next packet of the current key, or starts the next key, then schedules itself again. */
    private void tick() {
        if (released.getAsBoolean()) {
            stop();
            return;
        }
        if (press == null) {
            current = queue.poll();
            if (current == null) {
                playing = false;
                return;
            }
            press = current.toward().outgoing().start(current.payloadType(), current.event(), System.nanoTime());
            index = 0;
            lastSequence = -1;
        }
        lastSequence = current.toward().outgoing().nextSequence(press.ssrc(), lastSequence);
        if (!current.toward().sendInjected(press.packet(index, lastSequence)) && LOG.isDebugEnabled()) {
            LOG.debug("session {}: DTMF packet {} of event {} toward leg {} not sent (no address for the peer, or"
                    + " refused by its cipher)", session, index, current.event(), current.toward().leg());
        }
        index++;
        long delay = KeyPress.PTIME_MILLIS;
        if (index == KeyPress.PACKETS) {
            press = null;
            delay += PAUSE_MILLIS;
        }
        try {
            loop.schedule(this::tick, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            stop(); // the relay is closing
        }
    }

    /** Whether keys are being played or wait their turn (read by any thread). */
    boolean playing() {
        return playing;
    }

    private void stop() {
        queue.clear();
        press = null;
        current = null;
        playing = false;
    }
}
