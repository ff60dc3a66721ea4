package se.kvalitet.cycles.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cycle's rules: opening, moving between phases and their preconditions, categories and classes. */
class AwardCycleTest {

    static AwardCycle planned() {
        return new AwardCycle(2027, "Kvalitetsutmärkelsen 2027");
    }

    /** A cycle that may open: both categories with a model, application dates set. */
    static AwardCycle readyToOpen() {
        var cycle = planned();
        cycle.addCategory(Award.QUALITY_AWARD).useModel(1L);
        cycle.addCategory(Award.RENEWAL_PRIZE).useModel(2L);
        cycle.getDates().setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        cycle.getDates().setApplicationClosesAtCityTime(LocalDateTime.of(2027, 5, 31, 16, 0));
        return cycle;
    }

    /** Walks a cycle to a phase along the shortest allowed path. */
    static AwardCycle inPhase(Phase target) {
        var cycle = readyToOpen();
        for (Phase step : List.of(Phase.APPLICATION_OPEN, Phase.APPLICATION_CLOSED, Phase.INDIVIDUAL_REVIEW,
                Phase.CONSENSUS, Phase.SITE_VISITS, Phase.JURY, Phase.ANNOUNCED, Phase.FEEDBACK, Phase.CLOSED)) {
            if (cycle.getPhase() == target) {
                break;
            }
            cycle.moveTo(step);
        }
        assertEquals(target, cycle.getPhase());
        return cycle;
    }

    @Test
    void aNewCycleIsPlanned() {
        var cycle = planned();
        assertEquals(Phase.PLANNING, cycle.getPhase());
        assertEquals(2027, cycle.getYear());
        assertEquals("KS {year}/{seq}", cycle.getRegistrationFormat());
        assertTrue(cycle.allowsModelChanges());
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -2027})
    void yearOutsideRangeIsRefused(int year) {
        var refused = assertThrows(PhaseTransitionException.class, () -> new AwardCycle(year, "X"));
        assertEquals("cycle.year.range", refused.getMessageKey());
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2100})
    void yearsAtTheLimitsAreAccepted(int year) {
        assertEquals(year, new AwardCycle(year, "X").getYear());
    }

    @Test
    void nameIsRequiredAndTrimmed() {
        assertEquals("cycle.name.required", assertThrows(PhaseTransitionException.class,
                () -> new AwardCycle(2027, "  ")).getMessageKey());
        assertEquals("cycle.name.tooLong", assertThrows(PhaseTransitionException.class,
                () -> new AwardCycle(2027, "x".repeat(201))).getMessageKey());
        assertEquals("Året", new AwardCycle(2027, "  Året ").getName());
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void everyAllowedTransitionSucceeds(Phase from) {
        for (Phase to : from.next()) {
            var cycle = inPhase(from);
            cycle.moveTo(to);
            assertEquals(to, cycle.getPhase(), from + " -> " + to);
        }
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void everyOtherTransitionIsRefusedAndChangesNothing(Phase from) {
        for (Phase to : Phase.values()) {
            if (from.canMoveTo(to)) {
                continue;
            }
            var cycle = inPhase(from);
            var refused = assertThrows(PhaseTransitionException.class, () -> cycle.moveTo(to), from + " -> " + to);
            assertEquals("cycle.phase.notAllowed", refused.getMessageKey());
            assertArrayEquals(new Object[]{from, to}, refused.getArguments());
            assertEquals(from, cycle.getPhase());
        }
    }

    @Test
    void openingNeedsACategory() {
        var cycle = planned();
        cycle.getDates().setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        cycle.getDates().setApplicationClosesAt(Instant.parse("2027-05-31T14:00:00Z"));
        var refused = assertThrows(PhaseTransitionException.class, () -> cycle.moveTo(Phase.APPLICATION_OPEN));
        assertEquals("cycle.phase.noCategories", refused.getMessageKey());
        assertEquals(Phase.PLANNING, cycle.getPhase());
    }

    @Test
    void openingNeedsAModelInEveryCategory() {
        var cycle = readyToOpen();
        var withoutModel = planned();
        withoutModel.addCategory(Award.QUALITY_AWARD).useModel(1L);
        withoutModel.addCategory(Award.RENEWAL_PRIZE);
        withoutModel.reschedule(cycle.getDates());
        var refused = assertThrows(PhaseTransitionException.class, () -> withoutModel.moveTo(Phase.APPLICATION_OPEN));
        assertEquals("cycle.phase.categoryWithoutModel", refused.getMessageKey());
        assertArrayEquals(new Object[]{Award.RENEWAL_PRIZE}, refused.getArguments());
        assertEquals(Phase.PLANNING, withoutModel.getPhase());
    }

    @Test
    void openingNeedsBothApplicationDates() {
        var noClosing = readyToOpen();
        noClosing.getDates().setApplicationClosesAt(null);
        assertEquals("cycle.phase.applicationDatesMissing", assertThrows(PhaseTransitionException.class,
                () -> noClosing.moveTo(Phase.APPLICATION_OPEN)).getMessageKey());

        var noOpening = readyToOpen();
        noOpening.getDates().setApplicationOpensOn(null);
        assertEquals("cycle.phase.applicationDatesMissing", assertThrows(PhaseTransitionException.class,
                () -> noOpening.moveTo(Phase.APPLICATION_OPEN)).getMessageKey());
        assertEquals(Phase.PLANNING, noOpening.getPhase());
    }

    @Test
    void noMoveWithDatesOutOfOrder() {
        var cycle = inPhase(Phase.APPLICATION_OPEN);
        cycle.getDates().setReviewStartsOn(LocalDate.of(2027, 1, 1));
        var refused = assertThrows(PhaseTransitionException.class, () -> cycle.moveTo(Phase.APPLICATION_CLOSED));
        assertEquals("cycle.dates.outOfOrder", refused.getMessageKey());
        assertEquals(Phase.APPLICATION_OPEN, cycle.getPhase());
    }

    @Test
    void reopeningTheApplicationPeriodIsAllowed() {
        var cycle = inPhase(Phase.APPLICATION_CLOSED);
        cycle.moveTo(Phase.APPLICATION_OPEN);
        assertEquals(Phase.APPLICATION_OPEN, cycle.getPhase());
        assertFalse(cycle.allowsModelChanges());
    }

    @Test
    void siteVisitsMayBeSkipped() {
        var cycle = inPhase(Phase.CONSENSUS);
        cycle.moveTo(Phase.JURY);
        assertEquals(Phase.JURY, cycle.getPhase());
    }

    @Test
    void applicationsAreAcceptedOnlyWhileOpenAndBeforeTheDeadline() {
        var cycle = inPhase(Phase.APPLICATION_OPEN);
        Instant deadline = cycle.getDates().getApplicationClosesAt();
        assertTrue(cycle.acceptsApplications(deadline.minusSeconds(1)));
        assertFalse(cycle.acceptsApplications(deadline));
        cycle.moveTo(Phase.APPLICATION_CLOSED);
        assertFalse(cycle.acceptsApplications(deadline.minusSeconds(1)));
    }

    // categories

    @Test
    void aCategoryIsAddedOnce() {
        var cycle = planned();
        cycle.addCategory(Award.QUALITY_AWARD);
        assertEquals("cycle.category.exists", assertThrows(PhaseTransitionException.class,
                () -> cycle.addCategory(Award.QUALITY_AWARD)).getMessageKey());
        assertEquals(1, cycle.getCategories().size());
    }

    @Test
    void categoriesOnlyInPlanning() {
        var cycle = planned();
        cycle.addCategory(Award.QUALITY_AWARD).useModel(1L);
        cycle.reschedule(readyToOpen().getDates());
        cycle.moveTo(Phase.APPLICATION_OPEN);
        var refused = assertThrows(PhaseTransitionException.class, () -> cycle.addCategory(Award.RENEWAL_PRIZE));
        assertEquals("cycle.category.onlyInPlanning", refused.getMessageKey());
    }

    @Test
    void modelsChangeOnlyInPlanning() {
        var cycle = inPhase(Phase.APPLICATION_OPEN);
        var category = cycle.category(Award.QUALITY_AWARD).orElseThrow();
        assertEquals("criteria.model.frozen", assertThrows(PhaseTransitionException.class,
                () -> category.useModel(9L)).getMessageKey());
        assertEquals(1L, category.getEvaluationModelId());
    }

    // competition classes

    @Test
    void classesAreAddedInOrderWithUniqueNames() {
        var category = planned().addCategory(Award.QUALITY_AWARD);
        category.addClass(" Förskola ");
        category.addClass("Skola");
        assertEquals(List.of("Förskola", "Skola"), category.getClasses().stream().map(CompetitionClass::getName).toList());
        assertEquals(List.of(1, 2), category.getClasses().stream().map(CompetitionClass::getPosition).toList());
        assertEquals("cycle.class.exists", assertThrows(PhaseTransitionException.class,
                () -> category.addClass("förskola")).getMessageKey());
        assertEquals("cycle.class.nameRequired", assertThrows(PhaseTransitionException.class,
                () -> category.addClass(" ")).getMessageKey());
        assertEquals("cycle.class.nameTooLong", assertThrows(PhaseTransitionException.class,
                () -> category.addClass("x".repeat(121))).getMessageKey());
    }

    @Test
    void classesAreRenamedMovedAndRemoved() {
        var category = planned().addCategory(Award.QUALITY_AWARD);
        var preschool = category.addClass("Förskola");
        var school = category.addClass("Skola");
        var elderly = category.addClass("Äldreomsorg");

        category.renameClass(school, "Grundskola");
        assertEquals("Grundskola", school.getName());
        category.renameClass(school, "GRUNDSKOLA");
        assertEquals("cycle.class.exists", assertThrows(PhaseTransitionException.class,
                () -> category.renameClass(school, "förskola")).getMessageKey());

        category.moveClass(elderly, -1);
        assertEquals(List.of(preschool, elderly, school), category.getClasses());
        assertEquals(List.of(1, 2, 3), category.getClasses().stream().map(CompetitionClass::getPosition).toList());
        category.moveClass(preschool, -1);
        assertEquals(List.of(preschool, elderly, school), category.getClasses());

        category.removeClass(elderly);
        assertEquals(List.of(preschool, school), category.getClasses());
        assertEquals(List.of(1, 2), category.getClasses().stream().map(CompetitionClass::getPosition).toList());
        assertEquals("cycle.class.notFound", assertThrows(PhaseTransitionException.class,
                () -> category.removeClass(elderly)).getMessageKey());
    }

    @Test
    void classesChangeOnlyInPlanning() {
        var cycle = readyToOpen();
        var category = cycle.category(Award.QUALITY_AWARD).orElseThrow();
        var preschool = category.addClass("Förskola");
        category.addClass("Skola");
        cycle.moveTo(Phase.APPLICATION_OPEN);
        for (Runnable change : List.<Runnable>of(() -> category.addClass("Ny"), () -> category.renameClass(preschool, "Ny"),
                () -> category.removeClass(preschool), () -> category.moveClass(preschool, 1))) {
            assertEquals("cycle.class.onlyInPlanning", assertThrows(PhaseTransitionException.class, change::run)
                    .getMessageKey());
        }
        assertEquals("Förskola", preschool.getName());
        assertEquals(2, category.getClasses().size());
    }

    // prize money

    @Test
    void onlyTheRenewalPrizeHasPrizeMoney() {
        var cycle = readyToOpen();
        var quality = cycle.category(Award.QUALITY_AWARD).orElseThrow();
        var renewal = cycle.category(Award.RENEWAL_PRIZE).orElseThrow();
        assertEquals("cycle.prize.onlyRenewalPrize", assertThrows(PhaseTransitionException.class,
                () -> quality.offerPrize(1000)).getMessageKey());
        renewal.offerPrize(50_000);
        assertEquals(50_000, renewal.getPrizeAmount());
        renewal.offerPrize(null);
        assertNull(renewal.getPrizeAmount());
        assertEquals("cycle.prize.range", assertThrows(PhaseTransitionException.class,
                () -> renewal.offerPrize(-1)).getMessageKey());
        assertEquals("cycle.prize.range", assertThrows(PhaseTransitionException.class,
                () -> renewal.offerPrize(CycleCategory.MAX_PRIZE_AMOUNT + 1)).getMessageKey());
    }

    @Test
    void prizeMoneyIsFixedOnceAnnounced() {
        var jury = inPhase(Phase.JURY);
        assertDoesNotThrow(() -> jury.category(Award.RENEWAL_PRIZE).orElseThrow().offerPrize(40_000));
        var announced = inPhase(Phase.ANNOUNCED);
        assertEquals("cycle.prize.locked", assertThrows(PhaseTransitionException.class,
                () -> announced.category(Award.RENEWAL_PRIZE).orElseThrow().offerPrize(40_000)).getMessageKey());
    }

    // registration numbers and settings

    @Test
    void registrationFormatMustContainSeq() {
        var cycle = planned();
        for (String bad : new String[]{null, " ", "KS {year}", "KS {year}/{nr}", "KS {seq}/{yr}"}) {
            assertThrows(PhaseTransitionException.class, () -> cycle.useRegistrationFormat(bad), String.valueOf(bad));
        }
        assertEquals("cycle.registrationFormat.noSeq", assertThrows(PhaseTransitionException.class,
                () -> cycle.useRegistrationFormat("KS {year}")).getMessageKey());
        assertEquals("cycle.registrationFormat.unknownPlaceholder", assertThrows(PhaseTransitionException.class,
                () -> cycle.useRegistrationFormat("KS {seq}/{nr}")).getMessageKey());
        assertEquals("cycle.registrationFormat.tooLong", assertThrows(PhaseTransitionException.class,
                () -> cycle.useRegistrationFormat("{seq}" + "x".repeat(60))).getMessageKey());
        assertEquals("KS {year}/{seq}", cycle.getRegistrationFormat());

        cycle.useRegistrationFormat("Dnr {seq}-{year}");
        assertEquals("Dnr 17-2027", cycle.registrationNumber(17));
        cycle.useRegistrationFormat("KS {year}/{seq}");
        assertEquals("KS 2027/123", cycle.registrationNumber(123));
    }

    @Test
    void rescheduleChecksOrderAndKeepsTheOldDatesWhenRefused() {
        var cycle = readyToOpen();
        var before = cycle.getDates();
        var wrong = new PhaseDates();
        wrong.setApplicationOpensOn(LocalDate.of(2027, 6, 1));
        wrong.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 5, 31, 16, 0));
        assertThrows(PhaseTransitionException.class, () -> cycle.reschedule(wrong));
        assertEquals(before, cycle.getDates());
    }

    @Test
    void onceOpenedTheApplicationDatesCanMoveButNotDisappear() {
        var cycle = inPhase(Phase.APPLICATION_OPEN);
        var extended = new PhaseDates();
        extended.setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        extended.setApplicationClosesAtCityTime(LocalDateTime.of(2027, 6, 15, 12, 0));
        cycle.reschedule(extended);
        assertEquals(LocalDateTime.of(2027, 6, 15, 12, 0), cycle.getDates().getApplicationClosesAtCityTime());

        var removed = new PhaseDates();
        removed.setApplicationOpensOn(LocalDate.of(2027, 3, 1));
        assertEquals("cycle.dates.applicationDatesRequired", assertThrows(PhaseTransitionException.class,
                () -> cycle.reschedule(removed)).getMessageKey());
    }
}
