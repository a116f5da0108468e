package org.doorman.lock.state;

/** Open longer than the Door Sensor Check Duration: the alarm has gone to the management centre. */
public final class DoorOpenTooLong implements DoorState {
    public static final DoorOpenTooLong INSTANCE = new DoorOpenTooLong();

    private DoorOpenTooLong() {
    }

    @Override
    public DoorStatus status() {
        return DoorStatus.OPEN_TOO_LONG;
    }

    @Override
    public DoorState closed() {
        return DoorClosed.INSTANCE;
    }
}
