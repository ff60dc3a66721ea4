package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.kvalitet.criteria.boundary.ModelSummary;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.CompetitionClass;
import se.kvalitet.cycles.entity.CycleCategory;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.cycles.entity.PlannedDate;

/**
 * Everything about one cycle for its page: settings, categories with their classes and models, the
 * phase timeline and the phases it may move to next. Phases and awards are given by name.
 */
public record CycleDetails(Long id, long version, int year, String phase, boolean planning, CycleSettings settings,
                           CycleTermsForm terms, boolean termsEditable,
                           String registrationExample, List<Category> categories, List<String> missingAwards,
                           List<TimelineStep> timeline, List<String> nextPhases, List<String> lockedDates,
                           String closesBeforeDeadline) implements Serializable {

    /** Whether the settings form's date field (e.g. {@code applicationClosesAt}) is locked in this phase. */
    public boolean locked(String field) {
        return lockedDates.contains(field);
    }

    /** A category; {@code model} is null until a preset has been adopted. */
    public record Category(Long id, long version, String award, Integer prizeAmount, ModelSummary model,
                           List<ClassView> classes) implements Serializable {
        public boolean isRenewalPrize() { return Award.RENEWAL_PRIZE.name().equals(award); }
    }

    public record ClassView(Long id, int position, String name) implements Serializable {
    }

    /** A phase on the timeline: DONE, CURRENT or UPCOMING, with its planned start where one is set. */
    public record TimelineStep(String phase, String state, LocalDate plannedOn) implements Serializable {
        public boolean isCurrent() { return "CURRENT".equals(state); }
    }

    static CycleDetails of(AwardCycle cycle, Map<Long, ModelSummary> models) {
        var phase = cycle.getPhase();
        return new CycleDetails(cycle.getId(), cycle.getVersion(), cycle.getYear(), phase.name(),
                phase == Phase.PLANNING, CycleSettings.of(cycle), CycleTermsForm.of(cycle), cycle.allowsTermChanges(),
                cycle.registrationNumber(1),
                cycle.getCategories().stream().sorted(java.util.Comparator.comparing(CycleCategory::getAward))
                        .map(c -> category(c, models)).toList(),
                Arrays.stream(Award.values()).filter(a -> cycle.category(a).isEmpty()).map(Enum::name).toList(),
                Arrays.stream(Phase.values()).map(p -> new TimelineStep(p.name(),
                        p == phase ? "CURRENT" : p.compareTo(phase) < 0 ? "DONE" : "UPCOMING",
                        cycle.plannedDates().startOf(p))).toList(),
                phase.next().stream().map(Enum::name).toList(),
                cycle.lockedDates().stream().map(PlannedDate::field).toList(),
                cycle.closesBeforeDeadline(Phase.APPLICATION_CLOSED, java.time.Instant.now())
                        ? cycle.plannedDates().getApplicationClosesAtCityTime().toString().replace('T', ' ') : null);
    }

    private static Category category(CycleCategory c, Map<Long, ModelSummary> models) {
        return new Category(c.getId(), c.getVersion(), c.getAward().name(), c.getPrizeAmount(),
                c.getEvaluationModelId() == null ? null : models.get(c.getEvaluationModelId()),
                c.getClasses().stream().map(CycleDetails::classView).toList());
    }

    private static ClassView classView(CompetitionClass c) {
        return new ClassView(c.getId(), c.getPosition(), c.getName());
    }
}
