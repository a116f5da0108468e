package org.doorman.lock.attendance;

/** Whose schedule a person follows (seed 2.5.1.1): their department's, or their own. */
public enum ScheduleMode { DEPARTMENT, PERSONAL }
