package se.kvalitet.consensus.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.kvalitet.consensus.boundary.SiteVisits;
import se.kvalitet.consensus.boundary.VisitView;
import se.kvalitet.consensus.entity.VisitOutcome;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.platform.web.SaveStatus;

/**
 * The site visit of one application: selection, plan, questions and outcomes, then scores adjusted with a
 * reason, before and after side by side. Saves on the visit's (or the score row's) version; a refusal keeps the
 * input on the page. The plan and the outcomes are long texts typed during the visit: they save themselves
 * (the shared {@code kvalitet/autosave.js}), and one save keeps every question's note; only what changed is saved,
 * and a save reads the visit again for its version without touching what is typed elsewhere on the page.
 */
@Named("visitPage")
@ViewScoped
public class VisitPage implements Serializable {

    /** What is typed for one question's outcome. */
    public static class OutcomeForm implements Serializable {
        private String outcome;
        private String note;

        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @Inject
    SiteVisits visits;

    private String applicationParam;
    private Long applicationId;
    private VisitView visit;
    private LocalDate date;
    private String participants;
    private String interviewees;
    private String questionCriterion;
    private String questionText;
    private Map<Long, OutcomeForm> outcomes = new HashMap<>();
    private String adjustCriterion;
    private Integer adjustValue;
    private String adjustReason;
    private final SaveStatus planStatus = new SaveStatus();
    private final SaveStatus outcomesStatus = new SaveStatus();

    public void load() throws IOException {
        applicationId = Ids.parse(applicationParam);
        try {
            if (applicationId == null) {
                throw new RuleViolation("consensus.notFound", applicationParam);
            }
            refresh();
        } catch (RuleViolation notHers) {
            Responses.notFound();
        }
    }

    private void refresh() {
        visit = visits.visit(applicationId);
        date = visit.visitDate();
        participants = visit.participants();
        interviewees = visit.interviewees();
        outcomes = new HashMap<>();
        visit.questions().forEach(q -> {
            var form = new OutcomeForm();
            form.outcome = q.outcome();
            form.note = q.note();
            outcomes.put(q.id(), form);
        });
        questionText = null;
        adjustValue = null;
        adjustReason = null;
    }

    public void select() {
        act(() -> visits.select(applicationId), "consensus.page.visit.selected");
    }

    public void savePlan() {
        act(() -> visits.plan(applicationId, date, participants, interviewees, visit.version()), "consensus.page.saved");
    }

    /** The plan's timed save: only when it changed, on the visit's version. */
    public void autosavePlan() {
        boolean done = !visit.editable() ? false
                : Objects.equals(date, visit.visitDate()) && same(participants, visit.participants())
                        && same(interviewees, visit.interviewees())
                || Attempt.succeeded(() -> visits.plan(applicationId, date, participants, interviewees, visit.version()));
        if (done) {
            visit = visits.visit(applicationId);
        }
        planStatus.record(done);
    }

    /** One save for every question's outcome and note: what is typed under the other questions is kept. */
    public void saveOutcomes() {
        if (storeOutcomes()) {
            Messages.info("consensus.page.saved");
        }
    }

    public void autosaveOutcomes() {
        outcomesStatus.record(storeOutcomes());
    }

    private boolean storeOutcomes() {
        if (!visit.editable()) {
            return false;
        }
        boolean all = true;
        for (var question : visit.questions()) {
            var form = outcomes.get(question.id());
            if (form == null || (same(form.outcome, question.outcome()) && same(form.note, question.note()))) {
                continue;
            }
            VisitOutcome outcome = form.outcome == null || form.outcome.isEmpty() ? null : VisitOutcome.valueOf(form.outcome);
            if (Attempt.succeeded(() -> visits.recordOutcome(applicationId, question.id(), outcome, form.note,
                    visit.version()))) {
                visit = visits.visit(applicationId); // the new version; the typed forms stay
            } else {
                all = false;
            }
        }
        if (all) {
            outcomesStatus.saved(java.time.Instant.now());
        } else {
            outcomesStatus.refused();
        }
        return all;
    }

    private static boolean same(String typed, String saved) {
        return Objects.equals(typed == null || typed.isBlank() ? null : typed.replace("\r\n", "\n").strip(),
                saved == null || saved.isBlank() ? null : saved.strip());
    }

    public void ask() {
        act(() -> visits.ask(applicationId, questionCriterion, questionText, visit.version()), "consensus.page.saved");
    }

    public void markHeld() {
        act(() -> visits.markHeld(applicationId, heldOn, visit.version()), "consensus.page.visit.held");
    }

    /** The day the visit took place, as typed; empty means today. */
    private java.time.LocalDate heldOn;

    public java.time.LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(java.time.LocalDate heldOn) { this.heldOn = heldOn; }

    public void adjust() {
        var row = visit.scores().stream().filter(s -> s.code().equals(adjustCriterion)).findFirst().orElse(null);
        long version = row == null ? -1 : row.version();
        act(() -> visits.adjust(applicationId, adjustCriterion, adjustValue, adjustReason, version), "consensus.page.saved");
    }

    private void act(Runnable action, String doneKey) {
        if (Attempt.succeeded(action)) {
            Messages.info(doneKey);
            refresh();
        }
    }

    public VisitOutcome[] getOutcomeChoices() { return VisitOutcome.values(); }
    public SaveStatus getPlanStatus() { return planStatus; }
    public SaveStatus getOutcomesStatus() { return outcomesStatus; }

    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public VisitView getVisit() { return visit; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public String getInterviewees() { return interviewees; }
    public void setInterviewees(String interviewees) { this.interviewees = interviewees; }
    public String getQuestionCriterion() { return questionCriterion; }
    public void setQuestionCriterion(String questionCriterion) { this.questionCriterion = questionCriterion; }
    public String getQuestionText() { return questionText; }
    public void setQuestionText(String questionText) { this.questionText = questionText; }
    public Map<Long, OutcomeForm> getOutcomes() { return outcomes; }
    public String getAdjustCriterion() { return adjustCriterion; }
    public void setAdjustCriterion(String adjustCriterion) { this.adjustCriterion = adjustCriterion; }
    public Integer getAdjustValue() { return adjustValue; }
    public void setAdjustValue(Integer adjustValue) { this.adjustValue = adjustValue; }
    public String getAdjustReason() { return adjustReason; }
    public void setAdjustReason(String adjustReason) { this.adjustReason = adjustReason; }
}
