package se.kvalitet.people.boundary;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Password hashing parameters in one place: PBKDF2 with HMAC-SHA256, a 32-byte salt per password. */
final class Passwords {

    static final int MIN_LENGTH = se.kvalitet.people.control.PasswordPolicy.MIN_LENGTH;

    private Passwords() {
    }

    static String hash(Pbkdf2PasswordHash hasher, char[] password) {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        return hasher.generate(password);
    }
}
