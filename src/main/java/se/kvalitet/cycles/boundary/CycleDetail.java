package se.kvalitet.cycles.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.Phase;

/**
 * An award cycle with everything a client needs to work within it: phase and the phases it may move to,
 * dates, categories with their evaluation models and competition classes.
 */
@JsonbPropertyOrder({"id", "year", "name", "phase", "allowedNextPhases", "acceptingApplications",
        "registrationFormat", "dates", "modelIds", "categories"})
@Schema(name = "CycleDetail", description = "An award cycle with its categories, classes, dates and phase",
        properties = {
                @SchemaProperty(name = "allowedNextPhases",
                        description = "The phases the cycle may move to next, in order"),
                @SchemaProperty(name = "acceptingApplications",
                        description = "True while applications can be submitted: period open and deadline not passed"),
                @SchemaProperty(name = "registrationFormat",
                        description = "Pattern of registration numbers", example = "KS {year}/{seq}"),
                @SchemaProperty(name = "modelIds",
                        description = "The ids of the evaluation models of the categories, in category order")})
public record CycleDetail(
        Long id,
        int year,
        String name,
        Phase phase,
        List<Phase> allowedNextPhases,
        boolean acceptingApplications,
        String registrationFormat,
        CycleDates dates,
        List<Long> modelIds,
        List<CycleCategoryView> categories) {

    /** The cycle as seen at {@code now} (which decides whether applications are accepted). */
    public static CycleDetail from(AwardCycle cycle, Instant now) {
        var categories = cycle.getCategories().stream()
                .sorted(Comparator.comparing(c -> c.getAward()))
                .map(CycleCategoryView::from).toList();
        return new CycleDetail(cycle.getId(), cycle.getYear(), cycle.getName(), cycle.getPhase(),
                cycle.getPhase().next().stream().sorted().toList(), cycle.acceptsApplications(now),
                cycle.getRegistrationFormat(), CycleDates.from(cycle.plannedDates()),
                categories.stream().map(CycleCategoryView::evaluationModelId).filter(id -> id != null).toList(),
                categories);
    }
}
