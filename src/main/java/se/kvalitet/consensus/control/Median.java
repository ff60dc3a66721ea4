package se.kvalitet.consensus.control;

import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * The value a consensus score is pre-filled with: the median of the individual scores, always a value of
 * the scale. With an odd count that is the middle score. With an even count it is the mean of the two middle
 * scores snapped to the nearest value of the scale, a tie going to the lower value (the team starts from the
 * cautious side and argues upwards). So 40 and 60 on a 5-step percent scale give 50, 40 and 45 give 40, and
 * 2 and 3 on a 1–5 scale give 2; on 2-4-6-8, 4 and 6 give 4.
 */
public final class Median {

    private Median() {
    }

    /** Empty when nobody scored the criterion; {@code scale} holds every value of the scale in order. */
    public static Optional<Integer> prefill(List<Integer> scores, NavigableSet<Integer> scale) {
        var sorted = scores.stream().filter(s -> s != null).sorted().toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int n = sorted.size();
        if (n % 2 == 1) {
            return Optional.of(sorted.get(n / 2));
        }
        return Optional.of(snap((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0, scale));
    }

    /** The scale's value nearest to {@code target}; of two equally near, the lower. */
    static int snap(double target, NavigableSet<Integer> scale) {
        Integer below = scale.floor((int) Math.floor(target));
        Integer above = scale.ceiling((int) Math.ceil(target));
        if (below == null) {
            return above;
        }
        if (above == null) {
            return below;
        }
        return target - below <= above - target ? below : above;
    }
}
