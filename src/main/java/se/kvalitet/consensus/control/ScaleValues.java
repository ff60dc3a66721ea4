package se.kvalitet.consensus.control;

import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import se.kvalitet.criteria.boundary.ModelView;

/** Every value of a model's scale in order; what the model itself accepts decides (no second copy of the rule). */
public final class ScaleValues {

    private ScaleValues() {
    }

    public static NavigableSet<Integer> of(ModelView model) {
        var bands = model.bands();
        int low = bands.isEmpty() ? 0 : bands.get(0).min();
        int high = bands.isEmpty() ? 100 : bands.get(bands.size() - 1).max();
        var values = new TreeSet<Integer>();
        IntStream.rangeClosed(low, high).filter(model::isValue).forEach(values::add);
        return values;
    }
}
