package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The renewal-prize fields of an application, as written. Nominee type: UNIT, TEAM or PROJECT. Texts are
 * at most 6000 characters, the title 300; the film link is optional (http or https).
 */
public record RenewalDraft(String nomineeType, String title, String backgroundAndChallenge, String whatIsNew,
                           String resultsForTargetGroup, String spreadAndScaleUp, String sustainability,
                           String linkToCouncilGoals, LocalDate inOperationSince, String filmLink)
        implements Serializable {

    public static RenewalDraft empty() {
        return new RenewalDraft(null, null, null, null, null, null, null, null, null, null);
    }
}
