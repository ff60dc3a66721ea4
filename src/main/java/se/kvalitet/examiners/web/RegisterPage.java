package se.kvalitet.examiners.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.kvalitet.cycles.boundary.CycleSummary;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.examiners.boundary.ExaminerRow;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/**
 * The administrator's examiner register for a cycle ({@code register.xhtml?cycle=…}, the current cycle by
 * default): filters by text, readiness, administration and competence, sorts, and carries last cycle's
 * records over. The register is read once per view; filtering and sorting work on that list.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Examiners examiners;

    @Inject
    Cycles cycles;

    @Inject
    se.kvalitet.cycles.boundary.CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private List<ExaminerRow> all = List.of();

    private String text;
    private String readiness;
    private String administration;
    private String competence;
    private String sort = "name";

    public void load() {
        // the cycle in the address, else the one this person chose last, else the first under review
        cycleId = cycleChoice.resolve(cycleParam, se.kvalitet.cycles.boundary.CyclePurpose.REVIEW);
        reload();
    }

    private void reload() {
        all = cycleId == null ? List.of() : examiners.register(cycleId);
    }


    /** Records the training and/or approval day on the chosen records, at the versions shown. */
    public void recordTrainingAndApproval() {
        var versions = new java.util.LinkedHashMap<Long, Long>();
        all.stream().filter(row -> Boolean.TRUE.equals(picked.get(row.id())))
                .forEach(row -> versions.put(row.id(), row.version()));
        int[] changed = new int[1];
        if (Attempt.succeeded(() -> changed[0] = examiners.recordTrainingAndApproval(cycleId, versions, bulkTrainedOn,
                bulkApprovedOn))) {
            Messages.info("examiners.bulk.done", changed[0]);
            picked.clear();
            bulkTrainedOn = null;
            bulkApprovedOn = null;
            reload();
        }
    }

    /** Which records the administrator has ticked, by id. */
    private final java.util.Map<Long, Boolean> picked = new java.util.HashMap<>();
    private java.time.LocalDate bulkTrainedOn;
    private java.time.LocalDate bulkApprovedOn;

    public java.util.Map<Long, Boolean> getPicked() { return picked; }
    public java.time.LocalDate getBulkTrainedOn() { return bulkTrainedOn; }
    public void setBulkTrainedOn(java.time.LocalDate bulkTrainedOn) { this.bulkTrainedOn = bulkTrainedOn; }
    public java.time.LocalDate getBulkApprovedOn() { return bulkApprovedOn; }
    public void setBulkApprovedOn(java.time.LocalDate bulkApprovedOn) { this.bulkApprovedOn = bulkApprovedOn; }

    public void carryOver() {
        int[] copied = new int[1];
        if (Attempt.succeeded(() -> copied[0] = examiners.carryOver(cycleId))) {
            Messages.info("examiners.carryOver.done", copied[0]);
            reload();
        }
    }

    public List<ExaminerRow> getRows() {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Comparator<ExaminerRow> order = switch (sort == null ? "name" : sort) {
            case "administration" -> Comparator.comparing(r -> r.administrationName() == null ? "" : r.administrationName(),
                    String.CASE_INSENSITIVE_ORDER);
            case "experience" -> Comparator.comparingInt(ExaminerRow::yearsOfExperience).reversed();
            case "capacity" -> Comparator.comparingInt(ExaminerRow::capacity).reversed();
            case "ready" -> Comparator.comparing(ExaminerRow::ready).reversed();
            default -> Comparator.comparing(ExaminerRow::fullName, String.CASE_INSENSITIVE_ORDER);
        };
        return all.stream()
                .filter(r -> wanted.isEmpty() || r.fullName().toLowerCase(Locale.ROOT).contains(wanted)
                        || r.email().contains(wanted))
                .filter(r -> readiness == null || readiness.isEmpty()
                        || "ready".equals(readiness) == r.ready())
                .filter(r -> administration == null || administration.isEmpty()
                        || administration.equals(r.administrationName()))
                .filter(r -> competence == null || competence.isEmpty() || r.competences().contains(competence))
                .sorted(order.thenComparing(ExaminerRow::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<String> getAdministrations() {
        return all.stream().map(ExaminerRow::administrationName).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public List<String> getServiceAreas() {
        return Organizations.SERVICE_AREAS;
    }

    public long getReadyCount() {
        return all.stream().filter(ExaminerRow::ready).count();
    }

    public int getTotal() {
        return all.size();
    }

    /** The reasons why a row is not ready, in the page's language, as one line. */
    public String notReady(ExaminerRow row) {
        return String.join("; ", row.notReadyReasons().stream().map(Messages::text).toList());
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getReadiness() { return readiness; }
    public void setReadiness(String readiness) { this.readiness = readiness; }
    public String getAdministration() { return administration; }
    public void setAdministration(String administration) { this.administration = administration; }
    public String getCompetence() { return competence; }
    public void setCompetence(String competence) { this.competence = competence; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
}
