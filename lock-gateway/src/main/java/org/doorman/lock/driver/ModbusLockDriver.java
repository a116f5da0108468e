package org.doorman.lock.driver;

/**
 * A lock on a Modbus relay: writing its coil ON releases the lock, OFF locks it again (wire the lock to
 * the relay's NO or NC terminal so this holds for fail-secure and fail-safe locks alike).
 */
public final class ModbusLockDriver implements LockDriver {
    private final ModbusLink link;
    private final String kind;
    private final int unit;
    private final int coil;

    public ModbusLockDriver(ModbusLink link, String kind, int unit, int coil) {
        this.link = link;
        this.kind = kind;
        this.unit = unit;
        this.coil = coil;
    }

    @Override
    public void unlock() throws DriverException {
        write(true);
    }

    @Override
    public void lock() throws DriverException {
        write(false);
    }

    private void write(boolean on) throws DriverException {
        link.call("write coil " + coil + (on ? " ON" : " OFF"), m -> m.writeCoil(unit, coil, on));
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String description() {
        return link.name() + " unit " + unit + " coil " + coil;
    }
}
