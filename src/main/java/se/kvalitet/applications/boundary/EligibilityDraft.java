package se.kvalitet.applications.boundary;

import java.io.Serializable;

/**
 * The answers to the cycle's eligibility questions; null = not answered. {@code cityResidentShare} (0–100 %)
 * is asked of privately run units only; {@code previousWinYear} is empty when the unit has not won before.
 */
public record EligibilityDraft(Boolean managerResponsibility, Boolean businessPlan, Integer staffCount,
                               Integer cityResidentShare, Boolean reportedToBoard, Integer previousWinYear,
                               Boolean budgetBalanced) implements Serializable {

    public static EligibilityDraft empty() {
        return new EligibilityDraft(null, null, null, null, null, null, null);
    }
}
