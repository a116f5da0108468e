package org.doorman.lock.state;

/** What the door contact says; UNKNOWN until its first reading (or when no contact is installed). */
public enum DoorStatus { UNKNOWN, CLOSED, OPEN, OPEN_TOO_LONG }
