package se.kvalitet.renewal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kvalitet.renewal.control.Standings.Entry;
import se.kvalitet.renewal.control.Standings.Result;
import se.kvalitet.renewal.control.Standings.Sheet;

class StandingsTest {

    static final List<Long> JURY = List.of(1L, 2L, 3L);

    static Sheet sheet(long juror, String total, int f1, int f2) {
        return new Sheet(juror, new BigDecimal(total), Map.of("F1", f1, "F2", f2));
    }

    static Result of(List<Result> results, long applicationId) {
        return results.stream().filter(r -> r.applicationId() == applicationId).findFirst().orElseThrow();
    }

    @Test
    void meanOfTheSubmittedTotalsPerCriterionMeansAndSpread() {
        var results = Standings.of(List.of(new Entry(10, 100L,
                List.of(sheet(1, "80.0", 5, 4), sheet(2, "65.5", 4, 3), sheet(3, "70.0", 4, 4)), Set.of())), JURY);
        var r = results.get(0);
        assertEquals(3, r.submitted());
        assertEquals(3, r.scoring());
        assertEquals(new BigDecimal("71.83"), r.mean());
        assertEquals(new BigDecimal("14.5"), r.spread());
        assertEquals(new BigDecimal("4.33"), r.criterionMeans().get("F1"));
        assertEquals(new BigDecimal("3.67"), r.criterionMeans().get("F2"));
        assertEquals(1, r.rank());
    }

    @Test
    void ranksWithinEachClassAndTiesShareARank() {
        var results = Standings.of(List.of(
                new Entry(1, 100L, List.of(sheet(1, "60.0", 3, 3)), Set.of()),
                new Entry(2, 100L, List.of(sheet(1, "80.0", 5, 5)), Set.of()),
                new Entry(3, 100L, List.of(sheet(1, "80.0", 5, 5)), Set.of()),
                new Entry(4, 200L, List.of(sheet(1, "40.0", 2, 2)), Set.of())), JURY);
        assertEquals(1, of(results, 2).rank());
        assertEquals(1, of(results, 3).rank());
        assertEquals(3, of(results, 1).rank(), "after two sharing first place comes third");
        assertEquals(1, of(results, 4).rank(), "another class ranks on its own");
        assertEquals(List.of(2L, 3L, 1L, 4L), results.stream().map(Result::applicationId).toList());
    }

    @Test
    void tiesAreDecidedOnTheMeanNotOnItsRoundedDisplay() {
        // 70.0 and 70.1 (two jurors) give 70.05; 70.0 and 70.0 give 70.00: not a tie
        var results = Standings.of(List.of(
                new Entry(1, 100L, List.of(sheet(1, "70.0", 4, 4), sheet(2, "70.1", 4, 4)), Set.of()),
                new Entry(2, 100L, List.of(sheet(1, "70.0", 4, 4), sheet(2, "70.0", 4, 4)), Set.of())), JURY);
        assertEquals(1, of(results, 1).rank());
        assertEquals(2, of(results, 2).rank());
    }

    @Test
    void anEntryWithoutSubmittedScoresHasNoMeanNoRankAndComesLast() {
        var results = Standings.of(List.of(
                new Entry(1, 100L, List.of(), Set.of()),
                new Entry(2, 100L, List.of(sheet(2, "50.0", 3, 3)), Set.of())), JURY);
        var unscored = of(results, 1);
        assertEquals(0, unscored.submitted());
        assertEquals(3, unscored.scoring());
        assertNull(unscored.mean());
        assertNull(unscored.spread());
        assertNull(unscored.rank());
        assertEquals(Map.of(), unscored.criterionMeans());
        assertEquals(1, of(results, 2).rank());
        assertEquals(List.of(2L, 1L), results.stream().map(Result::applicationId).toList());
    }

    @Test
    void missingScoresOfOneJurorLeaveTheOthersMean() {
        var results = Standings.of(List.of(new Entry(1, 100L,
                List.of(sheet(1, "90.0", 5, 5), sheet(3, "70.0", 4, 4)), Set.of())), JURY);
        assertEquals(2, results.get(0).submitted());
        assertEquals(3, results.get(0).scoring(), "juror 2 is still expected");
        assertEquals(new BigDecimal("80.00"), results.get(0).mean());
    }

    @Test
    void aRecusedJurorIsNotExpectedAndTheirScoreDoesNotCount() {
        // juror 3 submitted before a conflict was declared: the score stays on record but does not count
        var results = Standings.of(List.of(new Entry(1, 100L,
                List.of(sheet(1, "60.0", 3, 3), sheet(3, "100.0", 5, 5)), Set.of(3L))), JURY);
        var r = results.get(0);
        assertEquals(1, r.submitted());
        assertEquals(2, r.scoring());
        assertEquals(new BigDecimal("60.00"), r.mean());
        assertEquals(new BigDecimal("0.0"), r.spread());
    }

    @Test
    void anEntryAllJurorsAreRecusedFromIsNotRanked() {
        var results = Standings.of(List.of(new Entry(1, 100L, List.of(sheet(1, "60.0", 3, 3)), Set.of(1L, 2L, 3L))),
                JURY);
        assertEquals(0, results.get(0).scoring());
        assertEquals(0, results.get(0).submitted());
        assertNull(results.get(0).rank());
    }

    @Test
    void whatACallerSeesIsRankedAmongItselfWithoutGapsTiesKept() {
        // entry 1 ranks first but is hidden from the caller (null); 2 and 3 tie behind it; 4 is in another class
        var ranks = new java.util.HashMap<Long, Integer>();
        ranks.put(1L, null);
        ranks.put(2L, 2);
        ranks.put(3L, 2);
        ranks.put(5L, 4);
        ranks.put(4L, 3);
        var classes = Map.of(1L, 10L, 2L, 10L, 3L, 10L, 5L, 10L, 4L, 20L);
        var seen = Standings.asSeen(ranks, classes);
        assertEquals(Map.of(2L, 1, 3L, 1, 5L, 3, 4L, 1), seen);
    }
}
