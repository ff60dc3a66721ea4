package se.kvalitet.people.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of personal API tokens: 256 random bits, written {@code kvt_} + URL-safe Base64 (so a leaked token is
 * easy to recognise in logs and by secret scanners), and kept only as their SHA-256. A slow hash like the passwords'
 * would protect nothing more here (nobody can guess 256 random bits) and would cost every API call its time.
 */
public final class TokenSecrets {

    public static final String PREFIX = "kvt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a secret: SHA-256, 64 hex digits. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** Whether a presented text can be a token at all (so garbage costs no database look-up). */
    public static boolean wellFormed(String presented) {
        return presented != null && presented.length() == PREFIX.length() + 43 && presented.startsWith(PREFIX)
                && presented.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
