package se.kvalitet.applications.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kvalitet.applications.entity.AwardCategory;
import se.kvalitet.applications.entity.RenewalFields;

/**
 * What an application still lacks before it can be submitted. Quality award: every criterion of the
 * category's frozen model answered, each within its length limit. Renewal prize: every required field
 * of {@link RenewalFields} (the film link is optional).
 */
public final class Completeness {

    /** A criterion as completeness needs it. */
    public record Requirement(String code, int maxLength) {
    }

    /** One thing missing or wrong: the field (criterion code or renewal field name) and the message saying so. */
    public record Gap(String field, String messageKey, List<Object> arguments) {
    }

    private Completeness() {
    }

    public static List<Gap> gaps(AwardCategory award, Map<String, String> answers, RenewalFields renewal,
                                 List<Requirement> criteria) {
        var gaps = new ArrayList<Gap>();
        if (award == AwardCategory.QUALITY_AWARD) {
            for (var criterion : criteria) {
                String text = answers.get(criterion.code());
                if (text == null || text.isBlank()) {
                    gaps.add(new Gap(criterion.code(), "applications.incomplete.answer", List.of(criterion.code())));
                } else if (text.length() > criterion.maxLength()) {
                    gaps.add(new Gap(criterion.code(), "applications.answer.tooLong",
                            List.of(criterion.code(), criterion.maxLength(), text.length())));
                }
            }
        } else {
            for (String field : (renewal == null ? new RenewalFields() : renewal).missing()) {
                gaps.add(new Gap(field, "applications.incomplete.renewal." + field, List.of()));
            }
        }
        return gaps;
    }
}
