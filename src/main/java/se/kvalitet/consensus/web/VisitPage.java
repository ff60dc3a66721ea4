package se.kvalitet.consensus.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.kvalitet.consensus.boundary.SiteVisits;
import se.kvalitet.consensus.boundary.VisitView;
import se.kvalitet.consensus.entity.VisitOutcome;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * The site visit of one application: selection, plan, questions and outcomes, then scores adjusted with a
 * reason, before and after side by side. Saves on the visit's (or the score row's) version; a refusal keeps the
 * input on the page.
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

    public void load() throws IOException {
        applicationId = Ids.parse(applicationParam);
        try {
            if (applicationId == null) {
                throw new RuleViolation("consensus.notFound", applicationParam);
            }
            refresh();
        } catch (RuleViolation notHers) {
            var context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "");
            context.responseComplete();
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

    public void ask() {
        act(() -> visits.ask(applicationId, questionCriterion, questionText, visit.version()), "consensus.page.saved");
    }

    public void saveOutcome(Long questionId) {
        var form = outcomes.get(questionId);
        VisitOutcome outcome = form.outcome == null || form.outcome.isEmpty() ? null : VisitOutcome.valueOf(form.outcome);
        act(() -> visits.recordOutcome(applicationId, questionId, outcome, form.note, visit.version()),
                "consensus.page.saved");
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
