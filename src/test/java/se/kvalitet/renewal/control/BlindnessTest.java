package se.kvalitet.renewal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.renewal.control.Blindness.Own;
import se.kvalitet.renewal.control.Blindness.Viewer;
import se.kvalitet.renewal.control.Blindness.What;

/** The jury's blindness as a table: who asks × where their own scoring of the entry stands × what is asked for. */
class BlindnessTest {

    @ParameterizedTest(name = "{0} with own {1} sees {2}: {3}")
    @CsvSource({
            // a juror who has not submitted sees nothing of the others' work, only how many are done
            "JUROR,    NOT_STARTED, OWN,              true",
            "JUROR,    NOT_STARTED, OTHERS_SUBMITTED, false",
            "JUROR,    NOT_STARTED, OTHERS_DRAFTS,    false",
            "JUROR,    NOT_STARTED, AGGREGATE,        false",
            "JUROR,    NOT_STARTED, PROGRESS,         true",
            "JUROR,    DRAFT,       OWN,              true",
            "JUROR,    DRAFT,       OTHERS_SUBMITTED, false",
            "JUROR,    DRAFT,       OTHERS_DRAFTS,    false",
            "JUROR,    DRAFT,       AGGREGATE,        false",
            "JUROR,    DRAFT,       PROGRESS,         true",
            // after submitting: the others' submitted scores and the aggregate, never drafts
            "JUROR,    SUBMITTED,   OWN,              true",
            "JUROR,    SUBMITTED,   OTHERS_SUBMITTED, true",
            "JUROR,    SUBMITTED,   OTHERS_DRAFTS,    false",
            "JUROR,    SUBMITTED,   AGGREGATE,        true",
            "JUROR,    SUBMITTED,   PROGRESS,         true",
            // a recused juror sees no figures of the entry, whatever they did before the conflict was known
            "RECUSED,  NOT_STARTED, OWN,              false",
            "RECUSED,  SUBMITTED,   OWN,              false",
            "RECUSED,  SUBMITTED,   OTHERS_SUBMITTED, false",
            "RECUSED,  SUBMITTED,   AGGREGATE,        false",
            "RECUSED,  NOT_STARTED, PROGRESS,         true",
            // the administrator follows everything submitted, has nothing of their own, never sees drafts
            "ADMIN,    NOT_STARTED, OWN,              false",
            "ADMIN,    NOT_STARTED, OTHERS_SUBMITTED, true",
            "ADMIN,    NOT_STARTED, OTHERS_DRAFTS,    false",
            "ADMIN,    NOT_STARTED, AGGREGATE,        true",
            "ADMIN,    NOT_STARTED, PROGRESS,         true",
            // anybody else: nothing
            "OUTSIDER, SUBMITTED,   OWN,              false",
            "OUTSIDER, SUBMITTED,   OTHERS_SUBMITTED, false",
            "OUTSIDER, SUBMITTED,   AGGREGATE,        false",
            "OUTSIDER, SUBMITTED,   PROGRESS,         false",
    })
    void table(Viewer viewer, Own own, What what, boolean sees) {
        assertEquals(sees, Blindness.sees(viewer, own, what));
    }

    @Test
    void noDraftOfAnotherJurorReachesAnybody() {
        var seen = new HashSet<Boolean>();
        for (var viewer : Viewer.values()) {
            for (var own : Own.values()) {
                seen.add(Blindness.sees(viewer, own, What.OTHERS_DRAFTS));
            }
        }
        assertEquals(Set.of(false), seen);
    }

    @Test
    void aJurorSeesTheAggregateExactlyWhenTheySeeTheOthersScores() {
        for (var own : Own.values()) {
            assertEquals(Blindness.sees(Viewer.JUROR, own, What.OTHERS_SUBMITTED),
                    Blindness.sees(Viewer.JUROR, own, What.AGGREGATE), own.name());
        }
    }
}
