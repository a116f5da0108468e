package org.doorman.lock.state;

/**
 * What the door contact says; UNKNOWN until its first reading (or when no contact is installed). FORCED:
 * opened while every lock was locked (an intrusion), until it closes or stays open too long.
 */
public enum DoorStatus { UNKNOWN, CLOSED, OPEN, OPEN_TOO_LONG, FORCED }
