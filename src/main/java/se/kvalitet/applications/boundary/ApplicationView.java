package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An application with everything needed to write or read it: the criteria of the frozen model beside the
 * answers (quality award), the renewal-prize fields (renewal prize), the eligibility answers with their
 * assessment, the contacts, and what is still missing before it can be submitted. {@code version} is the
 * version to send back with the next change ({@code expectedVersion}); {@code editable} says whether the
 * caller may change it now (a draft, before the deadline or reopened). {@code applicationClosesAt} is the cycle's
 * deadline, {@code deadline} the one that holds for this application (its {@code extension}, when granted).
 * {@code notCarriedOver}: answers of the earlier application this one was started from that found no criterion
 * (or no room) here. {@code indicators}: the indicator tables per results criterion.
 */
public record ApplicationView(Long id, long version, Long cycleId, int cycleYear, String cycleName, String award,
                              Long categoryId, Long competitionClassId, String competitionClassName, Long unitId,
                              String unitName, String administrationName, boolean privateUnit, String status,
                              String registrationNumber, Instant createdAt, Instant changedAt, Instant submittedAt,
                              Instant withdrawnAt, Instant applicationClosesAt, boolean editable,
                              List<AnswerView> answers, RenewalDraft renewal, EligibilityDraft eligibility,
                              List<Notice> ineligibleReasons, List<Notice> warnings, List<Notice> missing,
                              List<ContactView> contacts, List<ReopeningView> reopenings, Instant deadline,
                              ExtensionView extension, List<CarriedOverAnswer> notCarriedOver,
                              List<IndicatorSet> indicators) implements Serializable {

    /** Complete and eligible: submission would pass its content checks. */
    public boolean readyToSubmit() {
        return missing.isEmpty() && ineligibleReasons.isEmpty();
    }

    /** Whether it is an entry for the renewal prize (else the quality award): other components ask, not compare. */
    public boolean renewalPrize() {
        return se.kvalitet.applications.entity.AwardCategory.RENEWAL_PRIZE.name().equals(award);
    }

    public boolean qualityAward() {
        return se.kvalitet.applications.entity.AwardCategory.QUALITY_AWARD.name().equals(award);
    }
}
