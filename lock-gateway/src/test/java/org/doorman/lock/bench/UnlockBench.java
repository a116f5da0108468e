package org.doorman.lock.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import org.doorman.lock.door.AlarmSink;
import org.doorman.lock.door.DoorEvents;
import org.doorman.lock.door.DoorGateway;
import org.doorman.lock.driver.LockDrivers;
import org.doorman.lock.driver.SimulatedLockDriver;
import org.doorman.lock.log.UnlockLog;
import org.doorman.lock.state.LockStatus;
import org.doorman.lock.support.ManualTimers;
import org.doorman.lock.support.MutableClock;
import org.doorman.lock.support.TestDb;
import org.doorman.lock.unlock.DtmfUnlock;
import org.doorman.lock.unlock.UnlockResult;
import org.doorman.lock.unlock.UnlockService;

/**
 * bench/unlock: latency from the last DTMF key handed to {@link DtmfUnlock#digit} to the simulator's
 * unlock command, through the matcher, the unlock service and the lock's own thread, as the server runs
 * them (one thread per lock, the unlock log on embedded H2). Between runs the lock is relocked by moving
 * the timers on, so every run is a real Locked -> Unlocking -> Unlocked with a driver command.
 * Prints p50/p90/p99/max; the target is p99 under 5 ms.
 */
public final class UnlockBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmup = Math.min(2_000, runs / 5);
        Path dir = Files.createTempDirectory(args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty("java.io.tmpdir")), "db");
        DoormanConfig config = new ConfigLoader().load(null, List.of("doors.8001.first-unlock-command=123",
                "doors.8001.lock1.unlock-responding-interval=0", "doors.8001.lock2.driver=none"));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
        ManualTimers timers = new ManualTimers(clock);
        ExecutorService lockThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "lock-8001/1"));
        try (TestDb db = new TestDb(dir)) {
            DoorGateway gateway = new DoorGateway(config.doors(), new LockDrivers(), timers, name -> lockThread, clock,
                    AlarmSink.logging(), DoorEvents.NONE);
            gateway.start();
            var lock = gateway.door("8001").orElseThrow().lock(1).orElseThrow();
            lock.settled().get(10, TimeUnit.SECONDS);
            SimulatedLockDriver simulator = (SimulatedLockDriver) lock.driver();
            AtomicLong commandAt = new AtomicLong();
            simulator.observe(released -> {
                if (released) {
                    commandAt.set(System.nanoTime());
                }
            });
            UnlockService unlocks = new UnlockService(gateway, new UnlockLog(db.jdbc, 100_000), clock);
            DtmfUnlock dtmf = new DtmfUnlock(unlocks, config::door);
            long[] micros = new long[runs];
            for (int i = -warmup; i < runs; i++) {
                String call = "bench-" + i;
                Instant now = clock.instant();
                dtmf.digit(call, "8001", "9901", '1', now);
                dtmf.digit(call, "8001", "9901", '2', now);
                long start = System.nanoTime();
                UnlockResult r = dtmf.digit(call, "8001", "9901", '3', now).orElseThrow().get(10, TimeUnit.SECONDS);
                long latency = commandAt.get() - start;
                if (!r.opened()) {
                    throw new IllegalStateException("run " + i + " did not open: " + r);
                }
                if (i >= 0) {
                    micros[i] = TimeUnit.NANOSECONDS.toMicros(latency);
                }
                dtmf.callEnded(call);
                timers.advance(Duration.ofSeconds(config.door("8001").lock1().unlockPeriod()));
                if (lock.settled().get(10, TimeUnit.SECONDS) != LockStatus.LOCKED) {
                    throw new IllegalStateException("run " + i + ": the lock did not relock");
                }
            }
            gateway.close();
            report(micros);
        } finally {
            lockThread.shutdownNow();
        }
    }

    private static void report(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("unlock latency, last DTMF key -> simulator unlock command, %d runs:%n", sorted.length);
        System.out.printf("  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms%n", ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
        double p99 = ms(sorted, 0.99);
        System.out.printf("  target p99 < 5 ms: %s%n", p99 < 5.0 ? "met" : "NOT met");
    }

    private static double ms(long[] sorted, double q) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
