package se.kvalitet.applications.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which answers of an earlier year's application a new draft takes over. Criteria are matched by their code
 * (the models of two years are separate copies of a preset, so ids differ while codes stay): an answer whose
 * code this year's model has, and whose text fits this year's limit, is copied; every other answer is left
 * behind with the reason, so the page can show it and nothing written is lost.
 */
public final class CarryOver {

    private CarryOver() {
    }

    /** A criterion of this year's model: its code and answer length limit. */
    public record Target(String code, int maxLength) {
    }

    public enum Reason { NO_CRITERION, TOO_LONG }

    /** An answer not copied: the code it had, why, and its text. */
    public record Left(String code, Reason reason, String text) {
    }

    /** The copied answers (code → text, in the earlier order) and those left behind. */
    public record Plan(Map<String, String> copied, List<Left> left) {
    }

    public static Plan plan(Map<String, String> earlierAnswers, List<Target> targets) {
        var limits = new LinkedHashMap<String, Integer>();
        targets.forEach(t -> limits.put(t.code(), t.maxLength()));
        var copied = new LinkedHashMap<String, String>();
        var left = new ArrayList<Left>();
        earlierAnswers.forEach((code, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            Integer limit = limits.get(code);
            if (limit == null) {
                left.add(new Left(code, Reason.NO_CRITERION, text));
            } else if (text.length() > limit) {
                left.add(new Left(code, Reason.TOO_LONG, text));
            } else {
                copied.put(code, text);
            }
        });
        return new Plan(copied, left);
    }
}
