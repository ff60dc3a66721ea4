package se.kvalitet.applications.control;

import java.time.Instant;
import java.time.LocalDate;
import se.kvalitet.applications.entity.ApplicationRuleException;

/**
 * When an administrator may give one application a later deadline, and until when. The limits:
 * <ul>
 * <li>only a draft (a submitted application needs no more time; reopening is for that), and only while the
 *     cycle is in its application period or just after it ({@code APPLICATION_OPEN}, {@code APPLICATION_CLOSED}):
 *     once review has begun the teams are set and the extension would come too late;</li>
 * <li>the new deadline is later than the cycle's and than now, and before the day review is planned to start
 *     (midnight in the city, so the examiners get the whole application on their first day); a cycle without a
 *     planned review start gets no extension, since there would be no limit;</li>
 * <li>a reason of 1–1000 characters, kept with the extension and in the domain event.</li>
 * </ul>
 * An extension is revocable until it has been used, that is until the unit wrote or submitted after the cycle's
 * own deadline; a used extension may still be moved later, never earlier (the unit has relied on it).
 */
public final class ExtensionRules {

    public static final int MAX_REASON = 1000;

    private ExtensionRules() {
    }

    /** What the rule needs to know about the application and its cycle. */
    public record Situation(String status, String phase, Instant cycleDeadline, LocalDate reviewStartsOn,
                            Instant currentExtension, boolean used, Instant now) {
    }

    /** Refuses with the reason when {@code until} may not be granted in this situation. */
    public static void requireGrantable(Situation s, Instant until, String reason) {
        if (!"DRAFT".equals(s.status())) {
            throw new ApplicationRuleException("applications.extension.notDraft");
        }
        if (!Deadline.OPEN_PHASE.equals(s.phase()) && !Deadline.CLOSED_PHASE.equals(s.phase())) {
            throw new ApplicationRuleException("applications.extension.phase");
        }
        if (reason == null || reason.isBlank()) {
            throw new ApplicationRuleException("applications.extension.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new ApplicationRuleException("applications.extension.reasonTooLong", MAX_REASON);
        }
        if (until == null) {
            throw new ApplicationRuleException("applications.extension.untilRequired");
        }
        if (s.cycleDeadline() == null) {
            throw new ApplicationRuleException("applications.deadline.notOpen");
        }
        if (!until.isAfter(s.cycleDeadline())) {
            throw new ApplicationRuleException("applications.extension.notAfterDeadline",
                    java.util.Date.from(s.cycleDeadline()));
        }
        if (!until.isAfter(s.now())) {
            throw new ApplicationRuleException("applications.extension.inThePast");
        }
        if (s.reviewStartsOn() == null) {
            throw new ApplicationRuleException("applications.extension.noReviewDate");
        }
        if (!until.isBefore(reviewStarts(s.reviewStartsOn()))) {
            throw new ApplicationRuleException("applications.extension.afterReviewStarts",
                    java.util.Date.from(reviewStarts(s.reviewStartsOn())));
        }
        if (s.used() && s.currentExtension() != null && until.isBefore(s.currentExtension())) {
            throw new ApplicationRuleException("applications.extension.usedNotEarlier",
                    java.util.Date.from(s.currentExtension()));
        }
    }

    /** Refuses revoking when there is nothing to revoke or the unit has used the extension. */
    public static void requireRevocable(Instant currentExtension, boolean used) {
        if (currentExtension == null) {
            throw new ApplicationRuleException("applications.extension.none");
        }
        if (used) {
            throw new ApplicationRuleException("applications.extension.used");
        }
    }

    /** The first moment of the review's planned start day, in the city's time. */
    public static Instant reviewStarts(LocalDate reviewStartsOn) {
        return reviewStartsOn.atStartOfDay(Deadline.CITY_TIME).toInstant();
    }
}
