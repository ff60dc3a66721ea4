package se.kvalitet.consensus.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The site visit of an application the team or the administrator selected: its plan (date, participants,
 * interviewees), the questions to verify and their outcomes. Held once the team says so; only then may
 * consensus scores be adjusted.
 */
@Entity
@Table(name = "site_visit")
public class SiteVisit {

    /** EFQM practice: at most three questions per criterion, so the visit stays a verification, not a new review. */
    public static final int MAX_QUESTIONS_PER_CRITERION = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    private String participants;
    private String interviewees;
    private boolean held;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "selected_at")
    private Instant selectedAt;

    @Column(name = "selected_by")
    private Long selectedBy;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<VisitQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected SiteVisit() {
    }

    public SiteVisit(Long applicationId, Long selectedBy, Instant now) {
        this.applicationId = applicationId;
        this.selectedBy = selectedBy;
        this.selectedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    public void plan(LocalDate date, String participants, String interviewees) {
        requireNotHeld();
        this.visitDate = date;
        this.participants = trimmed(participants);
        this.interviewees = trimmed(interviewees);
    }

    public VisitQuestion ask(String criterionCode, String question) {
        requireNotHeld();
        if (question == null || question.isBlank()) {
            throw new RuleViolation("consensus.visit.questionRequired");
        }
        long already = questions.stream().filter(q -> q.getCriterionCode().equals(criterionCode)).count();
        if (already >= MAX_QUESTIONS_PER_CRITERION) {
            throw new RuleViolation("consensus.visit.tooManyQuestions", MAX_QUESTIONS_PER_CRITERION, criterionCode);
        }
        int position = questions.stream().mapToInt(VisitQuestion::getPosition).max().orElse(0) + 1;
        var asked = new VisitQuestion(this, position, criterionCode, question.trim());
        questions.add(asked);
        return asked;
    }

    public void removeQuestion(Long questionId) {
        requireNotHeld();
        questions.removeIf(q -> q.getId() != null && q.getId().equals(questionId));
    }

    public void recordOutcome(Long questionId, VisitOutcome outcome, String note) {
        requireNotHeld();
        question(questionId).record(outcome, note);
    }

    /**
     * The visit took place on {@code heldOn} (today when not given): recorded when it happens, so a visit held
     * before its planned date is recorded as held early; a day still to come is refused, and every question
     * needs its outcome. The planned date stays as it was.
     */
    public void markHeld(LocalDate heldOn, LocalDate today) {
        requireNotHeld();
        LocalDate on = heldOn == null ? today : heldOn;
        if (on.isAfter(today)) {
            throw new RuleViolation("consensus.visit.heldInFuture");
        }
        if (questions.stream().anyMatch(q -> q.getOutcome() == null)) {
            throw new RuleViolation("consensus.visit.outcomeMissing");
        }
        held = true;
        this.heldOn = on;
    }

    public VisitQuestion question(Long questionId) {
        return questions.stream().filter(q -> q.getId() != null && q.getId().equals(questionId)).findFirst()
                .orElseThrow(() -> new RuleViolation("consensus.visit.questionNotFound", questionId));
    }

    private void requireNotHeld() {
        if (held) {
            throw new RuleViolation("consensus.visit.alreadyHeld");
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public LocalDate getVisitDate() { return visitDate; }
    public String getParticipants() { return participants; }
    public String getInterviewees() { return interviewees; }
    public boolean isHeld() { return held; }
    /** The day the visit took place; null until held (and for visits held before it was recorded). */
    public LocalDate getHeldOn() { return heldOn; }
    public Instant getSelectedAt() { return selectedAt; }
    public Long getSelectedBy() { return selectedBy; }
    public List<VisitQuestion> getQuestions() { return questions; }
    public long getVersion() { return version; }
}
