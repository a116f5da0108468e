package org.doorman.registrar.location;

/** One Contact of a REGISTER, with the expiry the registrar granted it (0 removes it). */
public record ContactUpdate(String contact, int expiresSeconds, float q) {
    public ContactUpdate {
        if (contact == null || contact.isEmpty()) {
            throw new IllegalArgumentException("contact is required");
        }
        if (expiresSeconds < 0) {
            throw new IllegalArgumentException("expiresSeconds must not be negative");
        }
    }
}
