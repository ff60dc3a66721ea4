package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kvalitet.criteria.boundary.ModelView;

class ScaleValuesTest {

    static ModelView model(String kind, Integer step, List<ModelView.Band> bands) {
        return new ModelView(1L, 0, null, "Modell", null, null, kind, step, 2, false, bands, List.of(), List.of(), 0);
    }

    @Test
    void percentScalesGoFromZeroToAHundredInTheirSteps() {
        var bands = List.of(new ModelView.Band(0, 0, 45, "0–45 %", null), new ModelView.Band(1, 50, 100, "50–100 %", null));
        assertEquals(21, ScaleValues.of(model("PERCENT", 5, bands)).size());
        assertEquals(List.of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100), List.copyOf(ScaleValues.of(model("PERCENT", 10, bands))));
    }

    @Test
    void ordinalScalesHaveOnlyTheirLevelsSoTheMedianSnapsToALevel() {
        var levels = List.of(new ModelView.Band(0, 2, 2, "2", null), new ModelView.Band(1, 4, 4, "4", null),
                new ModelView.Band(2, 6, 6, "6", null), new ModelView.Band(3, 8, 8, "8", null));
        var scale = ScaleValues.of(model("ORDINAL", null, levels));
        assertEquals(List.of(2, 4, 6, 8), List.copyOf(scale));
        assertEquals(Optional.of(4), Median.prefill(List.of(4, 6), scale));
    }
}
