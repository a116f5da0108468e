package org.doorman.lock.attendance;

/** What a person may do at the device (seed 2.5.1.1): users only check attendance, administrators also manage it. */
public enum UserLevel { USER, ADMINISTRATOR }
