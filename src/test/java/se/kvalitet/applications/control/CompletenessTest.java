package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kvalitet.applications.entity.AwardCategory;
import se.kvalitet.applications.entity.RenewalFields;

class CompletenessTest {

    static final List<Completeness.Requirement> MODEL = List.of(new Completeness.Requirement("1.1", 10),
            new Completeness.Requirement("1.2", 10), new Completeness.Requirement("2.1", 5));

    static List<String> fields(List<Completeness.Gap> gaps) {
        return gaps.stream().map(Completeness.Gap::field).toList();
    }

    @Test
    void everyCriterionAnsweredWithinItsLimitIsComplete() {
        assertEquals(List.of(), Completeness.gaps(AwardCategory.QUALITY_AWARD,
                Map.of("1.1", "0123456789", "1.2", "kort", "2.1", "fem.."), null, MODEL));
    }

    @Test
    void unansweredAndBlankCriteriaAreMissing() {
        var gaps = Completeness.gaps(AwardCategory.QUALITY_AWARD, Map.of("1.1", "svar", "2.1", "   "), null, MODEL);
        assertEquals(List.of("1.2", "2.1"), fields(gaps));
        assertEquals("applications.incomplete.answer", gaps.get(0).messageKey());
    }

    @Test
    void anOverLongAnswerIsAGap() {
        var gaps = Completeness.gaps(AwardCategory.QUALITY_AWARD,
                Map.of("1.1", "svar", "1.2", "svar", "2.1", "sex..."), null, MODEL);
        assertEquals(List.of("2.1"), fields(gaps));
        assertEquals("applications.answer.tooLong", gaps.get(0).messageKey());
        assertEquals(List.of("2.1", 5, 6), gaps.get(0).arguments());
    }

    @Test
    void aRenewalPrizeApplicationNeedsItsFieldsNotCriteria() {
        var empty = Completeness.gaps(AwardCategory.RENEWAL_PRIZE, Map.of(), null, MODEL);
        assertEquals(RenewalFields.REQUIRED, fields(empty));
        var full = new RenewalFields("PROJECT", "Digital läxhjälp", "b", "n", "r", "s", "h", "m",
                LocalDate.of(2024, 8, 1), null);
        assertEquals(List.of(), Completeness.gaps(AwardCategory.RENEWAL_PRIZE, Map.of(), full, MODEL));
        var noDate = new RenewalFields("PROJECT", "Digital läxhjälp", "b", "n", "r", "s", "h", "m", null, null);
        assertEquals(List.of("inOperationSince"), fields(Completeness.gaps(AwardCategory.RENEWAL_PRIZE, Map.of(), noDate, MODEL)));
    }
}
