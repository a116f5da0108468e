package org.doorman.lock.state;

/** Opened while every lock was locked: an intrusion, alarmed to the management centre. */
public final class DoorForced implements DoorState {
    public static final DoorForced INSTANCE = new DoorForced();

    private DoorForced() {
    }

    @Override
    public DoorStatus status() {
        return DoorStatus.FORCED;
    }

    @Override
    public DoorState closed() {
        return DoorClosed.INSTANCE;
    }

    @Override
    public DoorState checkDurationElapsed() {
        return DoorOpenTooLong.INSTANCE;
    }
}
