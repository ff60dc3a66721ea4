package se.kvalitet.jury.control;

import java.util.List;

/**
 * The process and result bands of a consensus: per criterion type the share of its maximum points reached, and
 * on a percent scale the band that share falls in (the highest band whose lower bound it reaches).
 */
public final class ProfileBands {

    private ProfileBands() {
    }

    /** A scored criterion: its type (PROCESS or RESULT), points reached and the maximum. */
    public record Scored(String type, double points, int maxPoints) {
    }

    /** A band of the scale: lower bound (percent) and label. */
    public record Band(int min, String label) {
    }

    /** The share in percent (rounded down) of the type's maximum, null when the type has no criteria. */
    public static Integer percent(List<Scored> scored, String type) {
        double points = 0;
        int max = 0;
        for (var s : scored) {
            if (type.equals(s.type())) {
                points += s.points();
                max += s.maxPoints();
            }
        }
        return max == 0 ? null : (int) Math.floor(points * 100 / max + 1e-9);
    }

    /** The band a percent falls in; null without a percent or bands (ordinal scales have levels, not bands). */
    public static String band(Integer percent, List<Band> bands) {
        if (percent == null || bands.isEmpty()) {
            return null;
        }
        String label = null;
        for (var band : bands.stream().sorted((a, b) -> Integer.compare(a.min(), b.min())).toList()) {
            if (percent >= band.min()) {
                label = band.label();
            }
        }
        return label;
    }
}
