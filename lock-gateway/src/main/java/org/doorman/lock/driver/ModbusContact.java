package org.doorman.lock.driver;

/** A door contact on a Modbus discrete input of the same device as the door's lock 1. */
public final class ModbusContact implements DoorContact {
    private final ModbusLink link;
    private final int unit;
    private final int input;

    public ModbusContact(ModbusLink link, int unit, int input) {
        this.link = link;
        this.unit = unit;
        this.input = input;
    }

    @Override
    public boolean contactClosed() throws DriverException {
        return link.call("read discrete input " + input, m -> m.readInputDiscretes(unit, input, 1).getBit(0));
    }
}
