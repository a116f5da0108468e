package org.doorman.lock.state;

/** What a lock is doing, as `doorman doors` shows it. */
public enum LockStatus { STARTING, LOCKED, UNLOCKING, UNLOCKED, RELOCKING, FAULT }
