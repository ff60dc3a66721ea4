package se.kvalitet.consensus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.consensus.entity.ConsensusScore;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.platform.errors.RuleViolation;

class CloseRulesTest {

    static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");
    static final List<Long> TEAM = List.of(1L, 2L, 3L);

    static ConsensusSheet sheet(String... codes) {
        var sheet = new ConsensusSheet(7L, 11L, 5L, 1L, NOW);
        int position = 1;
        for (String code : codes) {
            sheet.getScores().add(new ConsensusScore(sheet, code, position++, 50, "50–65 %", 25.0));
        }
        return sheet;
    }

    static ConsensusSheet ready() {
        var sheet = sheet("1", "2");
        sheet.getScores().forEach(s -> s.record(50, "50–65 %", 25.0, "Vi enades.", "Styrka.", "Förbättra."));
        sheet.changeThemes(List.of("a", "b", "c"), List.of("x", "y", "z", "w"));
        sheet.recommend(false, null);
        return sheet;
    }

    @Test
    void aCompleteSignedSheetMayClose() {
        assertEquals(List.of(), CloseRules.missing(ready(), TEAM, TEAM));
        CloseRules.require(ready(), TEAM, TEAM);
    }

    @Test
    void everythingMissingIsListed() {
        var sheet = sheet("1", "2");
        sheet.getScores().get(1).record(40, "30–45 %", 20.0, " ", null, null);
        var keys = CloseRules.missing(sheet, TEAM, List.of()).stream().map(CloseRules.Missing::key).toList();
        assertEquals(List.of("consensus.close.justificationMissing", "consensus.close.justificationMissing",
                "consensus.close.strengthsMissing", "consensus.close.improvementsMissing",
                "consensus.close.strengthsCount", "consensus.close.improvementsCount",
                "consensus.close.recommendationMissing", "consensus.close.unsigned"), keys);
    }

    @Test
    void aMemberWhoHasNotSignedBlocksTheClose() {
        var sheet = sheet("1");
        sheet.getScores().get(0).record(50, "50–65 %", 25.0, "Vi enades.", "Styrka.", "Förbättra.");
        sheet.changeThemes(List.of("a", "b", "c"), List.of("x", "y", "z"));
        sheet.recommend(true, "Utmärkelse");
        var violation = assertThrows(RuleViolation.class, () -> CloseRules.require(sheet, TEAM, List.of(1L, 2L)));
        assertEquals("consensus.close.unsigned", violation.getMessageKey());
        assertEquals(1L, violation.getArguments()[0]);
    }

    @Test
    void everyCriterionNeedsStrengthsAndImprovementsAndTheRefusalNamesThem() {
        var sheet = sheet("1", "2", "3");
        sheet.getScores().get(0).record(50, "50–65 %", 25.0, "Vi enades.", "Styrka.", "Förbättra.");
        sheet.getScores().get(1).record(50, "50–65 %", 25.0, "Vi enades.", " ", "Förbättra.");
        sheet.getScores().get(2).record(50, "50–65 %", 25.0, "Vi enades.", null, null);
        sheet.changeThemes(List.of("a", "b", "c"), List.of("x", "y", "z"));
        sheet.recommend(false, null);
        var missing = CloseRules.missing(sheet, TEAM, TEAM);
        assertEquals(List.of(new CloseRules.Missing("consensus.close.strengthsMissing", List.of("2, 3")),
                new CloseRules.Missing("consensus.close.improvementsMissing", List.of("3"))), missing);
        var violation = assertThrows(RuleViolation.class, () -> CloseRules.require(sheet, TEAM, TEAM));
        assertEquals("consensus.close.strengthsMissing", violation.getMessageKey());
        assertEquals("2, 3", violation.getArguments()[0]);
    }

    @Test
    void theContentVersionGrowsWithEveryRowAndTheSheet() {
        var sheet = ready();
        long before = sheet.contentVersion();
        assertEquals(0, before); // versions are set by JPA; unit-level only the sum's shape is checked
        assertEquals(List.of(), CloseRules.missing(sheet, TEAM, List.of(3L, 2L, 1L, 9L)));
    }

    @Test
    void tooFewThemesBlockTheCloseTooManyAreRefusedAtOnce() {
        var sheet = ready();
        sheet.changeThemes(List.of("a", "b"), List.of("x", "y", "z"));
        assertEquals("consensus.close.strengthsCount", CloseRules.missing(sheet, TEAM, TEAM).get(0).key());
        var violation = assertThrows(RuleViolation.class,
                () -> sheet.changeThemes(List.of("1", "2", "3", "4", "5", "6"), List.of()));
        assertEquals("consensus.themes.tooMany", violation.getMessageKey());
    }
}
