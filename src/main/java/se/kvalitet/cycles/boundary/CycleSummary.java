package se.kvalitet.cycles.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.Phase;

/** An award cycle in a list: enough to pick one, nothing that needs its categories. */
@JsonbPropertyOrder({"id", "year", "name", "phase", "applicationOpensOn", "applicationClosesAt"})
@Schema(name = "CycleSummary", description = "An award cycle in a list",
        properties = {
                @SchemaProperty(name = "applicationOpensOn",
                        description = "The day the application period opens", nullable = true),
                @SchemaProperty(name = "applicationClosesAt",
                        description = "The application deadline (an instant, ISO 8601 in UTC)", nullable = true)})
public record CycleSummary(
        Long id,
        int year,
        String name,
        Phase phase,
        LocalDate applicationOpensOn,
        Instant applicationClosesAt) {

    public static CycleSummary from(AwardCycle cycle) {
        return new CycleSummary(cycle.getId(), cycle.getYear(), cycle.getName(), cycle.getPhase(),
                cycle.plannedDates().getApplicationOpensOn(), cycle.plannedDates().getApplicationClosesAt());
    }
}
