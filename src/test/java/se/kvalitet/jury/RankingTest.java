package se.kvalitet.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.jury.control.Ranking;
import se.kvalitet.jury.control.Ranking.Entry;

class RankingTest {

    private static List<String> places(List<Ranking.Ranked> ranked) {
        return ranked.stream().map(r -> r.entry().label() + "=" + r.rank()).toList();
    }

    @Test
    void highestTotalFirst() {
        var ranked = Ranking.rank(List.of(new Entry(1, "A1", 400.0, true), new Entry(2, "A2", 610.5, true),
                new Entry(3, "A3", 520.0, true)));
        assertEquals(List.of("A2=1", "A3=2", "A1=3"), places(ranked));
    }

    @Test
    void equalTotalsSharePlaceAndTheNextPlaceIsSkipped() {
        var ranked = Ranking.rank(List.of(new Entry(4, "A4", 300.0, true), new Entry(2, "A2", 500.0, true),
                new Entry(3, "A3", 500.0, true), new Entry(1, "A1", 600.0, true)));
        assertEquals(List.of("A1=1", "A2=2", "A3=2", "A4=4"), places(ranked));
    }

    @Test
    void totalsEqualToTheTenthTie() {
        var ranked = Ranking.rank(List.of(new Entry(1, "A1", 500.04, true), new Entry(2, "A2", 500.0, true)));
        assertEquals(List.of("A1=1", "A2=1"), places(ranked));
    }

    @Test
    void missingOrOpenConsensusIsNotRankedAndComesLast() {
        var ranked = Ranking.rank(List.of(new Entry(3, "A3", null, false), new Entry(2, "A2", 700.0, false),
                new Entry(1, "A1", 200.0, true)));
        assertEquals(List.of("A1=1", "A2=null", "A3=null"), places(ranked));
    }

    @Test
    void nothingToRank() {
        assertEquals(List.of(), Ranking.rank(List.of()));
        assertEquals(Arrays.asList("A1=null"), places(Ranking.rank(List.of(new Entry(1, "A1", null, false)))));
    }
}
