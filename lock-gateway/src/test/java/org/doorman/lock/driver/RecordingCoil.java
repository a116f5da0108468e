package org.doorman.lock.driver;

import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A Modbus slave's coil that remembers every write with its time, so a test can wait for one. */
final class RecordingCoil extends SimpleDigitalOut {
    /** One write: the value and System.nanoTime() when it arrived. */
    record Write(boolean on, long nanos) {
    }

    final List<Write> writes = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch awaited = new CountDownLatch(0);
    private volatile int awaitedCount;

    RecordingCoil() {
        super(true); // a relay left on before the server started: start must switch it off
    }

    @Override
    public synchronized void set(boolean b) {
        super.set(b);
        if (writes == null) {
            return; // the superclass constructor setting the initial value
        }
        writes.add(new Write(b, System.nanoTime()));
        if (writes.size() >= awaitedCount) {
            awaited.countDown();
        }
    }

    /** A latch released once the coil has seen this many writes in all. */
    synchronized CountDownLatch writes(int count) {
        awaitedCount = count;
        awaited = new CountDownLatch(writes.size() >= count ? 0 : 1);
        return awaited;
    }
}
