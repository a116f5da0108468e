package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The security.* section: account lockout (the VTO manual: 5 wrong passwords lock for 5 minutes). */
public record SecurityConfig(
        @JsonProperty("lockout-attempts") int lockoutAttempts,
        @JsonProperty("lockout-minutes") int lockoutMinutes,
        @JsonProperty("admin-password") String adminPassword) {
    public SecurityConfig {
        Checks.range("lockout-attempts", lockoutAttempts, 1, 100);
        Checks.range("lockout-minutes", lockoutMinutes, 1, 1440);
        adminPassword = Checks.orDefault(adminPassword, "");
        if (!adminPassword.isEmpty()) {
            PasswordPolicy.check(adminPassword).ifPresent(reason -> {
                throw new ConfigException("admin-password", "(hidden)", reason);
            });
        }
    }
}
