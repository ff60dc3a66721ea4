package se.kvalitet.start.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a unit's applicant is told on the start page without looking for it: a jury decision on one of the unit's
 * applications announced in the last {@link #DECISION_DAYS} days, and each good-example record of the unit that
 * still waits for the unit's consent to an audience. Plain rules over plain values, so they are tested without a
 * server.
 */
public final class UnitNotices {

    /** How long a decision stays news on the start page. */
    public static final int DECISION_DAYS = 60;

    /** A notice: its message key and arguments and where it leads. */
    public record Notice(String messageKey, List<Object> arguments, String link) {
    }

    /** An announced decision as the notices need it. */
    public record Decision(int cycleYear, String registrationNumber, String outcomeKey, Instant announcedAt) {
    }

    /** A good-example record of the unit with its consents (PENDING, GIVEN, REFUSED). */
    public record Example(Long id, int year, String title, String internalConsent, String publicConsent) {
    }

    private UnitNotices() {
    }

    public static List<Notice> notices(List<Decision> decisions, List<Example> examples, Instant now) {
        var notices = new ArrayList<Notice>();
        for (var d : decisions) {
            if (d.announcedAt() != null && !d.announcedAt().isAfter(now)
                    && Duration.between(d.announcedAt(), now).toDays() < DECISION_DAYS) {
                notices.add(new Notice("start.applicant.decision",
                        List.of(d.cycleYear(), d.registrationNumber(), new Key(d.outcomeKey())),
                        "/feedback/mine.xhtml"));
            }
        }
        for (var e : examples) {
            if ("PENDING".equals(e.internalConsent()) || "PENDING".equals(e.publicConsent())) {
                notices.add(new Notice("start.applicant.consent", List.of(e.year(), e.title()),
                        "/examples/consent.xhtml"));
            }
        }
        return notices;
    }

    /** An argument that is itself a text in the bundles (an outcome's name). */
    public record Key(String messageKey) implements se.kvalitet.platform.i18n.Localizable {
    }
}
