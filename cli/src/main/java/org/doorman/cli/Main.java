package org.doorman.cli;

/** Entry point of the doorman command. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("doorman");
    }
}
