package se.kvalitet.jury.control;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The neutral label of an application in blind jury mode: "A-" and six characters drawn at random from letters
 * and digits that cannot be mistaken for each other (no vowels, so no words, no 0/O or 1/I). About 480 million
 * codes: a juror cannot guess another cycle's codes or learn anything from the order of a cycle's codes, which
 * say nothing about the application's id, registration number or unit.
 */
public final class BlindCode {

    static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ23456789";
    static final int LENGTH = 6;
    private static final Pattern SHAPE = Pattern.compile("A-[" + ALPHABET + "]{" + LENGTH + "}");
    private static final Random RANDOM = new SecureRandom();

    private BlindCode() {
    }

    /** A fresh code that none of {@code taken} has. */
    public static String draw(Collection<String> taken) {
        return draw(taken, RANDOM);
    }

    static String draw(Collection<String> taken, Random random) {
        Set<String> used = new HashSet<>(taken);
        while (true) {
            var code = new StringBuilder("A-");
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!used.contains(code.toString())) {
                return code.toString();
            }
        }
    }

    /** Whether the text has a code's shape (anything else is no code, so never looked up). */
    public static boolean isCode(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
