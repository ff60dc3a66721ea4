package se.kvalitet.consensus.entity;

import java.util.Arrays;
import java.util.List;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The 3–5 key strengths or improvement areas of an application, stored one per line. While the team works,
 * fewer than three are fine (they are written over the meeting); more than five never are, and closing needs
 * at least three.
 */
public final class KeyThemes {

    public static final int MIN = 3;
    public static final int MAX = 5;

    private KeyThemes() {
    }

    /** Trimmed, blank entries dropped, a line break inside one entry made a space (it would split the entry). */
    public static List<String> clean(List<String> themes) {
        if (themes == null) {
            return List.of();
        }
        var cleaned = themes.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim()).toList();
        if (cleaned.size() > MAX) {
            throw new RuleViolation("consensus.themes.tooMany", MAX);
        }
        return cleaned;
    }

    public static String join(List<String> themes) {
        return themes.isEmpty() ? null : String.join("\n", themes);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.split("\n")).toList();
    }

    public static boolean enough(List<String> themes) {
        return themes.size() >= MIN && themes.size() <= MAX;
    }
}
