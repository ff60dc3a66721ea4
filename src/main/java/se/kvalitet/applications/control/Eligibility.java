package se.kvalitet.applications.control;

import java.util.ArrayList;
import java.util.List;
import se.kvalitet.applications.entity.EligibilityAnswers;

/**
 * Whether a unit may take part, and whether it may win. Blocking (submission refused): a question left
 * unanswered, no manager with responsibility for operations, budget and staff, no business plan with
 * goals, fewer staff than the cycle's minimum, a private unit whose share of city residents is below
 * the cycle's minimum, participation not reported to the board. Eligible-to-win warnings (kept for the
 * jury, submission allowed): a budget in deficit, and a win within the cycle's quarantine years
 * (won in year W with quarantine Q: may not win in W+1 … W+Q).
 */
public final class Eligibility {

    /** The cycle's rules. */
    public record Settings(int minStaffCount, int minResidentShare, int quarantineYears, int cycleYear) {
        public static Settings defaults(int cycleYear) {
            return new Settings(5, 51, 2, cycleYear);
        }
    }

    public record Reason(String messageKey, List<Object> arguments) {
    }

    /** Blocking reasons and eligible-to-win warnings; eligible when nothing blocks. */
    public record Assessment(List<Reason> blocking, List<Reason> warnings) {
        public boolean eligible() {
            return blocking.isEmpty();
        }
    }

    private Eligibility() {
    }

    public static Assessment assess(EligibilityAnswers answers, Settings settings, boolean privateUnit) {
        return assess(answers, settings, privateUnit, java.util.Optional.empty());
    }

    /**
     * As {@link #assess(EligibilityAnswers, Settings, boolean)}, with the quarantine the system's own record shows
     * ({@link Quarantine}): when there is one, it is the quarantine warning given, whatever the applicant answered.
     */
    public static Assessment assess(EligibilityAnswers answers, Settings settings, boolean privateUnit,
                                    java.util.Optional<Reason> recordedQuarantine) {
        var blocking = new ArrayList<Reason>();
        var warnings = new ArrayList<Reason>();
        var a = answers == null ? new EligibilityAnswers() : answers;
        yes(a.getManagerResponsibility(), "managerResponsibility", blocking);
        yes(a.getBusinessPlan(), "businessPlan", blocking);
        if (a.getStaffCount() == null) {
            blocking.add(unanswered("staffCount"));
        } else if (a.getStaffCount() < settings.minStaffCount()) {
            blocking.add(new Reason("applications.eligibility.staffCount.tooFew",
                    List.of(a.getStaffCount(), settings.minStaffCount())));
        }
        if (privateUnit) {
            if (a.getCityResidentShare() == null) {
                blocking.add(unanswered("cityResidentShare"));
            } else if (a.getCityResidentShare() < settings.minResidentShare()) {
                blocking.add(new Reason("applications.eligibility.residentShare.tooLow",
                        List.of(a.getCityResidentShare(), settings.minResidentShare())));
            }
        }
        yes(a.getReportedToBoard(), "reportedToBoard", blocking);
        if (a.getBudgetBalanced() == null) {
            blocking.add(unanswered("budgetBalanced"));
        } else if (!a.getBudgetBalanced()) {
            warnings.add(new Reason("applications.eligibility.warning.deficit", List.of()));
        }
        Integer won = a.getPreviousWinYear();
        if (recordedQuarantine.isPresent()) {
            warnings.add(recordedQuarantine.get());
        } else if (won != null && won < settings.cycleYear() && settings.cycleYear() - won <= settings.quarantineYears()) {
            warnings.add(new Reason("applications.eligibility.warning.quarantine",
                    List.of(won, settings.quarantineYears(), won + settings.quarantineYears() + 1)));
        }
        return new Assessment(List.copyOf(blocking), List.copyOf(warnings));
    }

    private static void yes(Boolean answer, String question, List<Reason> blocking) {
        if (answer == null) {
            blocking.add(unanswered(question));
        } else if (!answer) {
            blocking.add(new Reason("applications.eligibility." + question + ".no", List.of()));
        }
    }

    private static Reason unanswered(String question) {
        return new Reason("applications.eligibility.unanswered." + question, List.of());
    }
}
