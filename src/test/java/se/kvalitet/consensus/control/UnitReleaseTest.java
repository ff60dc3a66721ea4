package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitReleaseTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @ParameterizedTest(name = "{0} closed={1} feedbackOn={2} -> {3}")
    @CsvSource(nullValues = "none", value = {
            "ADMIN,    true,  none,       true",
            "ADMIN,    true,  2026-12-20, true",
            "ADMIN,    false, 2026-12-01, false",
            "OWN_UNIT, true,  none,       false",
            "OWN_UNIT, true,  2026-12-08, false",
            "OWN_UNIT, true,  2026-12-07, true",
            "OWN_UNIT, true,  2026-11-30, true",
            "OWN_UNIT, false, 2026-11-30, false",
            "OTHER,    true,  2026-11-30, false"})
    void theUnitSeesItsClosedConsensusFromTheFeedbackDate(UnitRelease.Viewer viewer, boolean closed,
                                                         LocalDate feedbackOn, boolean visible) {
        assertEquals(visible, UnitRelease.visible(viewer, closed, feedbackOn, TODAY));
    }
}
