package org.doorman.cli.api;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.doorman.conf.PasswordPolicy;
import org.doorman.conf.storage.Jdbc;

/** The admin password (set once by `doorman init`), stored as a salted PBKDF2 hash. */
public final class AdminAccount {
    private static final int ITERATIONS = 210_000;
    private final Jdbc jdbc;

    public AdminAccount(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean initialized() {
        return storedHash().isPresent();
    }

    /** Sets the first admin password; refuses if one is set or the password breaks the policy. */
    public synchronized void initialize(String password) {
        PasswordPolicy.check(password).ifPresent(reason -> {
            throw new ApiException(400, "password", reason);
        });
        if (initialized()) {
            throw new ApiException(409, null, "doorman is already initialized: the admin password is set");
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String stored = Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash(password, salt));
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO admin_account (id, password_hash) VALUES (1, ?)")) {
                ps.setString(1, stored);
                return ps.executeUpdate();
            }
        });
    }

    public boolean verify(String password) {
        Optional<String> stored = storedHash();
        if (stored.isEmpty() || password == null) {
            return false;
        }
        String[] parts = stored.get().split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[0]);
        return MessageDigest.isEqual(Base64.getDecoder().decode(parts[1]), hash(password, salt));
    }

    private Optional<String> storedHash() {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM admin_account WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
