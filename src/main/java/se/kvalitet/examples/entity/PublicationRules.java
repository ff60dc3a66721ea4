package se.kvalitet.examples.entity;

import java.util.Optional;

/**
 * The publication rules as one table, apart from the entity so they can be tested row by row.
 * <ul>
 * <li>A record is prepared from an announced decision: winners and honourable mentions always, a decision
 * "not awarded" only when the administrator chooses it.</li>
 * <li>Internal publication needs the unit's internal consent (or its public consent: whoever may be read by
 * everyone may be read by staff); public publication needs the public consent.</li>
 * <li>A record whose texts have personal-data warnings is published only when the administrator acknowledges them.</li>
 * <li>When the unit refuses or withdraws a consent, a published record falls to the widest audience its
 * consents still allow: public → internal (if internal consent stands) → draft.</li>
 * </ul>
 */
public final class PublicationRules {

    private PublicationRules() {
    }

    /** Whether a record may be prepared from a decision with this outcome. */
    public static boolean mayPrepare(String outcome, boolean chosenByAdministrator) {
        return "WINNER".equals(outcome) || "HONOURABLE_MENTION".equals(outcome)
                || ("NOT_AWARDED".equals(outcome) && chosenByAdministrator);
    }

    /** The widest audience the consents allow. */
    public static Publication allowed(Consent internal, Consent publicConsent) {
        if (publicConsent == Consent.GIVEN) {
            return Publication.PUBLIC;
        }
        return internal == Consent.GIVEN ? Publication.INTERNAL : Publication.DRAFT;
    }

    /** Why publishing to {@code target} is refused (a bundle key), or empty when it may go ahead. */
    public static Optional<String> refusal(Publication target, Consent internal, Consent publicConsent, int warnings,
                                           boolean warningsAcknowledged) {
        if (target == Publication.DRAFT) {
            return Optional.of("examples.publish.noAudience");
        }
        if (allowed(internal, publicConsent).ordinal() < target.ordinal()) {
            return Optional.of(target == Publication.PUBLIC ? "examples.publish.noPublicConsent"
                    : "examples.publish.noInternalConsent");
        }
        if (warnings > 0 && !warningsAcknowledged) {
            return Optional.of("examples.publish.warningsNotAcknowledged");
        }
        return Optional.empty();
    }

    /** Where a record with publication {@code current} stands after a consent changed. */
    public static Publication afterConsentChange(Publication current, Consent internal, Consent publicConsent) {
        var allowed = allowed(internal, publicConsent);
        return current.ordinal() <= allowed.ordinal() ? current : allowed;
    }

    /** Whether a reader sees a record: the public only public ones, signed-in staff internal ones too. */
    public static boolean visible(Publication publication, boolean staff) {
        return publication == Publication.PUBLIC || (staff && publication == Publication.INTERNAL);
    }
}
