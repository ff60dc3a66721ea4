package se.kvalitet.criteria.entity;

import java.util.List;

/**
 * Scale arithmetic, kept apart from persistence so it can be checked without a database.
 * <ul>
 * <li>PERCENT and RADAR: values 0–100 on a grid of {@code step} (5 or 10); bands cover 0–100 without
 * gaps. Points = value / 100 × the criterion's maximum.</li>
 * <li>ORDINAL: only the listed levels are values (1–5, or 2-4-6-8). Points grow linearly from the
 * lowest level (no points: "not at all") to the highest (all points).</li>
 * </ul>
 */
public final class Scale {

    private Scale() {
    }

    /** Throws when the scale definition itself is inconsistent. */
    public static void validate(ScaleKind kind, Integer step, List<ScaleBand> bands) {
        if (bands.isEmpty()) {
            throw new InvalidScaleException("criteria.scale.noBands");
        }
        if (kind == ScaleKind.ORDINAL) {
            int previous = Integer.MIN_VALUE;
            for (var level : bands) {
                if (level.getMin() != level.getMax() || level.getMin() <= previous) {
                    throw new InvalidScaleException("criteria.scale.ordinalLevels");
                }
                previous = level.getMin();
            }
            if (bands.size() < 2) {
                throw new InvalidScaleException("criteria.scale.ordinalLevels");
            }
            return;
        }
        if (step == null || (step != 5 && step != 10)) {
            throw new InvalidScaleException("criteria.scale.step", step);
        }
        int expectedMin = 0;
        for (var band : bands) {
            if (band.getMin() != expectedMin || band.getMax() < band.getMin()
                    || band.getMin() % step != 0 || band.getMax() % step != 0) {
                throw new InvalidScaleException("criteria.scale.bandsNotContiguous", band.getLabel());
            }
            expectedMin = band.getMax() + step;
        }
        if (bands.get(bands.size() - 1).getMax() != 100) {
            throw new InvalidScaleException("criteria.scale.bandsNotContiguous", bands.get(bands.size() - 1).getLabel());
        }
    }

    /** Throws when {@code value} is not a value of the scale (outside it or off its steps). */
    public static void requireValue(ScaleKind kind, Integer step, List<ScaleBand> bands, int value) {
        if (!isValue(kind, step, bands, value)) {
            throw new InvalidScaleException("criteria.scale.invalidValue", value);
        }
    }

    public static boolean isValue(ScaleKind kind, Integer step, List<ScaleBand> bands, int value) {
        if (kind == ScaleKind.ORDINAL) {
            return bands.stream().anyMatch(level -> level.getMin() == value);
        }
        return value >= 0 && value <= 100 && value % step == 0;
    }

    public static ScaleBand bandOf(List<ScaleBand> bands, int value) {
        return bands.stream().filter(band -> band.contains(value)).findFirst()
                .orElseThrow(() -> new InvalidScaleException("criteria.scale.invalidValue", value));
    }

    /**
     * Points for a value on a criterion with {@code maxPoints}, rounded half up to one decimal. Computed in
     * exact decimals: in binary floating point 35 % of 85 is 29.749… and would round down to 29.7.
     */
    public static double points(ScaleKind kind, List<ScaleBand> bands, int value, int maxPoints) {
        long numerator;
        long denominator;
        if (kind == ScaleKind.ORDINAL) {
            int lowest = bands.get(0).getMin();
            int highest = bands.get(bands.size() - 1).getMax();
            numerator = (long) (value - lowest) * maxPoints;
            denominator = highest - lowest;
        } else {
            numerator = (long) value * maxPoints;
            denominator = 100;
        }
        return java.math.BigDecimal.valueOf(numerator)
                .divide(java.math.BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Throws unless the spread threshold is at least 1 and at most the scale's range (100 on percent
     * scales, highest − lowest level on ordinal ones): a larger threshold could never flag anything.
     */
    public static void requireSpreadThreshold(ScaleKind kind, List<ScaleBand> bands, int threshold) {
        int range = kind == ScaleKind.ORDINAL ? bands.get(bands.size() - 1).getMax() - bands.get(0).getMin() : 100;
        if (threshold < 1 || threshold > range) {
            throw new InvalidScaleException("criteria.scale.spreadThresholdRange", 1, range);
        }
    }

    /** The default spread that flags a criterion for discussion: 30 points on percent scales, 2 steps on ordinal. */
    public static int defaultSpreadThreshold(ScaleKind kind, List<ScaleBand> bands) {
        if (kind != ScaleKind.ORDINAL) {
            return 30;
        }
        int stepBetweenLevels = bands.size() > 1 ? bands.get(1).getMin() - bands.get(0).getMin() : 1;
        return 2 * stepBetweenLevels;
    }
}
