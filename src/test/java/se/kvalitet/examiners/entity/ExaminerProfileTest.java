package se.kvalitet.examiners.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class ExaminerProfileTest {

    static final Instant NOW = Instant.parse("2082-03-01T10:00:00Z");

    static ExaminerProfile readyProfile() {
        var p = new ExaminerProfile(1L, 2L, NOW);
        p.setTrainedOn(LocalDate.of(2082, 2, 1));
        p.setManagerName("Chef Chefsson");
        p.setManagerApprovedOn(LocalDate.of(2082, 2, 2));
        p.setCapacity(2);
        return p;
    }

    @Test
    void aCarriedOverExaminerBecomesReadyWhenTrainingAndApprovalAreRecorded() {
        var carried = readyProfile().carriedOver(3L, 1, Instant.parse("2083-01-10T10:00:00Z"));
        assertFalse(carried.isReady(), "training and approval are yearly");
        LocalDate today = LocalDate.of(2083, 3, 1);
        assertEquals("examiners.bulk.future", assertThrows(RuleViolation.class,
                () -> carried.recordTrainingAndApproval(today.plusDays(1), null, today)).getMessageKey());
        assertEquals("examiners.bulk.future", assertThrows(RuleViolation.class,
                () -> carried.recordTrainingAndApproval(today, today.plusDays(1), today)).getMessageKey());
        assertNull(carried.getTrainedOn(), "a refusal changes nothing");
        carried.recordTrainingAndApproval(LocalDate.of(2083, 2, 20), null, today);
        assertEquals(LocalDate.of(2083, 2, 20), carried.getTrainedOn());
        assertFalse(carried.isReady(), "still waiting for the manager");
        carried.recordTrainingAndApproval(null, LocalDate.of(2083, 2, 25), today);
        assertEquals(LocalDate.of(2083, 2, 20), carried.getTrainedOn(), "an empty day leaves the other as it was");
        assertTrue(carried.isReady());

        var noManager = new ExaminerProfile(1L, 2L, NOW);
        assertEquals("examiners.bulk.needsManager", assertThrows(RuleViolation.class,
                () -> noManager.recordTrainingAndApproval(null, today, today)).getMessageKey());
        assertNull(noManager.getManagerApprovedOn());
    }

    @Test
    void readyWhenActiveTrainedApprovedAndWithRoom() {
        var p = readyProfile();
        assertTrue(p.isReady());
        assertEquals(List.of(), p.notReadyReasons());
    }

    @Test
    void notReadyExplainsEveryMissingPart() {
        var p = new ExaminerProfile(1L, 2L, NOW);
        p.setCapacity(0);
        p.setActive(false);
        assertFalse(p.isReady());
        assertEquals(List.of("examiners.notReady.inactive", "examiners.notReady.untrained",
                "examiners.notReady.notApproved", "examiners.notReady.noCapacity"), p.notReadyReasons());
        var untrained = readyProfile();
        untrained.setTrainedOn(null);
        assertFalse(untrained.isReady());
        assertEquals(List.of("examiners.notReady.untrained"), untrained.notReadyReasons());
    }

    @Test
    void experiencedByYearsOrEarlierAssessments() {
        var p = new ExaminerProfile(1L, 2L, NOW);
        assertFalse(p.isExperienced());
        p.setYearsOfExperience(1);
        assertTrue(p.isExperienced());
        p.setYearsOfExperience(0);
        p.setEarlierAssessments(2);
        assertTrue(p.isExperienced());
    }

    @Test
    void aLeaderNeedsExperience() {
        var p = readyProfile();
        p.setLeaderEligible(true);
        assertEquals("examiners.leader.needsExperience",
                assertThrows(RuleViolation.class, p::requireConsistent).getMessageKey());
        p.setYearsOfExperience(2);
        p.requireConsistent();
    }

    @Test
    void anApprovalNeedsTheManager() {
        var p = readyProfile();
        p.setManagerName(" ");
        assertEquals("examiners.approval.needsManager",
                assertThrows(RuleViolation.class, p::requireConsistent).getMessageKey());
        p.setManagerApprovedOn(null);
        p.requireConsistent();
    }

    @Test
    void capacityAndYearsHaveRanges() {
        var p = readyProfile();
        p.setCapacity(ExaminerProfile.MAX_CAPACITY + 1);
        assertEquals("examiners.capacity.range", assertThrows(RuleViolation.class, p::requireConsistent).getMessageKey());
        p.setCapacity(-1);
        assertEquals("examiners.capacity.range", assertThrows(RuleViolation.class, p::requireConsistent).getMessageKey());
        p.setCapacity(1);
        p.setYearsOfExperience(-1);
        assertEquals("examiners.years.range", assertThrows(RuleViolation.class, p::requireConsistent).getMessageKey());
    }

    @Test
    void carriedOverAddsAYearAndTheTeamsAndClearsTrainingAndApproval() {
        var p = readyProfile();
        p.setYearsOfExperience(2);
        p.setEarlierAssessments(3);
        p.setLeaderEligible(true);
        p.setCompetences(Set.of("SCHOOL", "PRESCHOOL"));
        p.setAvailabilityNotes("Ledig i juli");
        p.setUnitId(7L);
        p.setAdministrationId(8L);
        var next = p.carriedOver(9L, 2, NOW);
        assertEquals(9L, next.getCycleId());
        assertEquals(2L, next.getPersonId());
        assertEquals(3, next.getYearsOfExperience());
        assertEquals(5, next.getEarlierAssessments());
        assertTrue(next.isLeaderEligible());
        assertEquals(Set.of("SCHOOL", "PRESCHOOL"), next.getCompetences());
        assertNull(next.getTrainedOn());
        assertNull(next.getManagerApprovedOn());
        assertNull(next.getAvailabilityNotes());
        assertEquals(7L, next.getUnitId());
        assertFalse(next.isReady());
        next.requireConsistent();
    }
}
