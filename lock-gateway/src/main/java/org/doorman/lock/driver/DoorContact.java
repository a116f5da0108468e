package org.doorman.lock.driver;

/** A door contact read through a driver: a Modbus discrete input or the simulator's. */
public interface DoorContact {

    /** Whether the contact is closed (conducting) now; what that means depends on its NO/NC type. */
    boolean contactClosed() throws DriverException;
}
