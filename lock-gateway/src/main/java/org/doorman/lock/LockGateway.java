package org.doorman.lock;

import java.time.Clock;
import java.time.Duration;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.storage.Jdbc;
import org.doorman.lock.attendance.keypad.GuardedPinPunch;
import org.doorman.lock.attendance.keypad.KeypadPunch;
import org.doorman.lock.attendance.keypad.PinLockout;
import org.doorman.lock.attendance.store.ClockEventService;
import org.doorman.lock.door.AlarmSink;
import org.doorman.lock.door.DoorEvents;
import org.doorman.lock.door.DoorGateway;
import org.doorman.lock.log.UnlockLog;
import org.doorman.lock.people.People;
import org.doorman.lock.unlock.AttendanceOpener;
import org.doorman.lock.unlock.CardUnlock;
import org.doorman.lock.unlock.DtmfUnlock;
import org.doorman.lock.unlock.UnlockService;

/**
 * lock-gateway as the server runs it (docs/doors.md): the doors of doors.* with their drivers, the unlock
 * service and its log, DTMF and card unlocks, and PIN punches typed at door stations (which open lock 1
 * only through the attendance setting Keep Door Open, and lock a user ID out after security.lockout-attempts
 * wrong PINs). {@link #start} drives every lock to locked; {@link #close} locks any lock still open and
 * stops everything.
 */
public final class LockGateway implements AutoCloseable {
    /** How long start waits for the locks to be locked before the server goes on (slow devices keep retrying). */
    static final Duration SETTLE = Duration.ofSeconds(5);
    private final DoorGateway gateway;
    private final UnlockLog log;
    private final UnlockService unlocks;
    private final DtmfUnlock dtmf;
    private final CardUnlock cards;
    private final KeypadPunch keypad;

    public LockGateway(DoorGateway gateway, UnlockLog log, UnlockService unlocks, DtmfUnlock dtmf, CardUnlock cards,
                       KeypadPunch keypad) {
        this.gateway = gateway;
        this.log = log;
        this.unlocks = unlocks;
        this.dtmf = dtmf;
        this.cards = cards;
        this.keypad = keypad;
    }

    /**
     * Builds and starts door control for the server.
     *
     * @param alarms where door and lock alarms go ({@link AlarmSink#logging()} until the alarm log exists)
     * @param events where door state changes go (the SIP side tells the monitors; {@link DoorEvents#NONE} otherwise)
     */
    public static LockGateway start(DoormanConfig config, Jdbc jdbc, Clock clock, AlarmSink alarms, DoorEvents events) {
        DoorGateway gateway = DoorGateway.create(config.doors(), clock, alarms, events);
        UnlockLog log = new UnlockLog(jdbc, config.logs().unlockCapacity());
        UnlockService unlocks = new UnlockService(gateway, log, clock);
        People people = new People(jdbc);
        ClockEventService punches = new ClockEventService(jdbc, people, clock, config.sip().zone());
        CardUnlock cards = new CardUnlock(unlocks, people, punches);
        AttendanceOpener opener = new AttendanceOpener(unlocks);
        PinLockout lockout = new PinLockout(config.security().lockoutAttempts(),
                Duration.ofMinutes(config.security().lockoutMinutes()));
        KeypadPunch keypad = new KeypadPunch(config::door, new GuardedPinPunch(punches, lockout, alarms, clock,
                (vto, punch) -> opener.afterPunch(vto, punch, "PIN")));
        LockGateway lockGateway = new LockGateway(gateway, log, unlocks, new DtmfUnlock(unlocks, config::door), cards,
                keypad);
        gateway.start();
        gateway.awaitSettled(SETTLE);
        return lockGateway;
    }

    public DoorGateway gateway() {
        return gateway;
    }

    public UnlockLog log() {
        return log;
    }

    public UnlockService unlocks() {
        return unlocks;
    }

    public DtmfUnlock dtmf() {
        return dtmf;
    }

    public CardUnlock cards() {
        return cards;
    }

    /** PIN punches typed at door stations: clock events, opening lock 1 only for Keep Door Open. */
    public KeypadPunch keypad() {
        return keypad;
    }

    @Override
    public void close() {
        gateway.close();
    }
}
