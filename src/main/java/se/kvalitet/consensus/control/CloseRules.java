package se.kvalitet.consensus.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.kvalitet.consensus.entity.ConsensusScore;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.consensus.entity.KeyThemes;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * What a consensus needs before its leader may close it: a score and a justification on every criterion,
 * strengths and areas for improvement on every criterion (the applicant's feedback report is written from them,
 * and an empty one would tell the unit nothing), 3–5 key strengths and 3–5 key improvement areas, a recommendation on the site visit, and every member's
 * sign-off (the leader's included). Listed, so the sheet can show everything still missing at once.
 */
public final class CloseRules {

    /** One missing thing: a bundle key and its arguments. */
    public record Missing(String key, List<Object> arguments) {
        static Missing of(String key, Object... arguments) {
            return new Missing(key, List.of(arguments));
        }
    }

    private CloseRules() {
    }

    public static List<Missing> missing(ConsensusSheet sheet, Collection<Long> memberIds, Collection<Long> signedIds) {
        var missing = new ArrayList<Missing>();
        var withoutStrengths = new ArrayList<String>();
        var withoutImprovements = new ArrayList<String>();
        for (ConsensusScore score : sheet.getScores()) {
            if (score.getValue() == null) {
                missing.add(Missing.of("consensus.close.scoreMissing", score.getCriterionCode()));
            } else if (blank(score.getJustification())) {
                missing.add(Missing.of("consensus.close.justificationMissing", score.getCriterionCode()));
            }
            if (blank(score.getStrengths())) {
                withoutStrengths.add(score.getCriterionCode());
            }
            if (blank(score.getImprovements())) {
                withoutImprovements.add(score.getCriterionCode());
            }
        }
        // one line each, naming every criterion without the text
        if (!withoutStrengths.isEmpty()) {
            missing.add(Missing.of("consensus.close.strengthsMissing", String.join(", ", withoutStrengths)));
        }
        if (!withoutImprovements.isEmpty()) {
            missing.add(Missing.of("consensus.close.improvementsMissing", String.join(", ", withoutImprovements)));
        }
        if (!KeyThemes.enough(sheet.getKeyStrengths())) {
            missing.add(Missing.of("consensus.close.strengthsCount", KeyThemes.MIN, KeyThemes.MAX));
        }
        if (!KeyThemes.enough(sheet.getKeyImprovements())) {
            missing.add(Missing.of("consensus.close.improvementsCount", KeyThemes.MIN, KeyThemes.MAX));
        }
        if (sheet.getSiteVisitRecommended() == null) {
            missing.add(Missing.of("consensus.close.recommendationMissing"));
        }
        long unsigned = memberIds.stream().filter(id -> !signedIds.contains(id)).count();
        if (unsigned > 0) {
            missing.add(Missing.of("consensus.close.unsigned", unsigned));
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Refuses with the first missing thing. */
    public static void require(ConsensusSheet sheet, Collection<Long> memberIds, Collection<Long> signedIds) {
        var missing = missing(sheet, memberIds, signedIds);
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing.get(0).key(), missing.get(0).arguments().toArray());
        }
    }
}
