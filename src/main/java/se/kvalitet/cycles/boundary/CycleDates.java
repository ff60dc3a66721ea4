package se.kvalitet.cycles.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.cycles.entity.PhaseDates;

/**
 * The planned dates of a cycle. The application deadline is an instant (late submission is refused to the
 * second); the other dates are days in the city's time zone (Europe/Stockholm). Unset dates are left out.
 */
@JsonbPropertyOrder({"applicationOpensOn", "applicationClosesAt", "reviewStartsOn", "consensusStartsOn",
        "siteVisitsStartOn", "juryStartsOn", "announcementOn", "feedbackOn"})
@Schema(name = "CycleDates", description = "Planned dates; days are in Europe/Stockholm, the deadline is an instant",
        properties = {
                @SchemaProperty(name = "applicationClosesAt",
                        description = "The application deadline, ISO 8601 instant in UTC",
                        example = "2026-12-20T15:00:00Z")})
public record CycleDates(
        LocalDate applicationOpensOn,
        Instant applicationClosesAt,
        LocalDate reviewStartsOn,
        LocalDate consensusStartsOn,
        LocalDate siteVisitsStartOn,
        LocalDate juryStartsOn,
        LocalDate announcementOn,
        LocalDate feedbackOn) {

    public static CycleDates from(PhaseDates dates) {
        return new CycleDates(dates.getApplicationOpensOn(), dates.getApplicationClosesAt(), dates.getReviewStartsOn(),
                dates.getConsensusStartsOn(), dates.getSiteVisitsStartOn(), dates.getJuryStartsOn(),
                dates.getAnnouncementOn(), dates.getFeedbackOn());
    }
}
