package se.kvalitet.jury.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.kvalitet.jury.boundary.JuryMeetings;
import se.kvalitet.jury.boundary.JuryVerdicts;
import se.kvalitet.jury.boundary.JuryWorkspaces;
import se.kvalitet.jury.boundary.MeetingView;
import se.kvalitet.jury.boundary.StandingView;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /jury/meeting.xhtml?cycle=…: the shared "now discussing" view. The chair starts the meeting, reorders the
 * agenda and moves on; every juror's page polls the stored state ({@link #refresh}) and shows only what the juror
 * may see; jurors vote, the chair records the decision.
 */
@Named("juryMeetingPage")
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JuryWorkspaces workspaces;

    @Inject
    JuryMeetings meetings;

    @Inject
    JuryVerdicts verdicts;

    private String cycleParam;
    private Long cycleId;
    private MeetingView meeting;
    private String vote;
    private String outcome;
    private String motivation;
    private String formFor;
    private String voteFor;

    public void load() {
        try {
            meeting = workspaces.meeting(Ids.parse(cycleParam));
            cycleId = meeting.cycleId();
            fillForms();
        } catch (RuleViolation none) {
            meeting = null;
        }
    }

    /** The poll: reread the stored meeting; the forms are refilled only when the discussion moved on. */
    public void refresh() {
        if (cycleId != null) {
            String before = formFor;
            meeting = workspaces.meeting(cycleId);
            fillForms();
            var ajax = org.primefaces.PrimeFaces.current().ajax();
            if (!java.util.Objects.equals(before, formFor) && FacesContextHolder.ajax()) {
                ajax.update("work");
            }
        }
    }

    private void fillForms() {
        StandingView now = meeting.discussing();
        String id = now == null ? null : now.reference();
        if (id == null || !id.equals(formFor)) {
            formFor = id;
            voteFor = id;
            vote = now == null ? null : now.myVote();
            outcome = now == null ? null : now.decision();
            motivation = now == null ? null : now.motivation();
        }
    }

    public void start() {
        act(() -> meetings.start(cycleId), null);
    }

    public void next() {
        act(() -> meetings.step(cycleId, 1), null);
    }

    public void previous() {
        act(() -> meetings.step(cycleId, -1), null);
    }

    public void up(String reference) {
        act(() -> meetings.move(cycleId, reference, -1, meeting.version()), null);
    }

    public void down(String reference) {
        act(() -> meetings.move(cycleId, reference, 1, meeting.version()), null);
    }

    public void discuss(String reference) {
        act(() -> meetings.discuss(cycleId, reference), null);
    }

    public void attend() {
        act(() -> meetings.attend(cycleId, null, true), "jury.meeting.youArePresent");
    }

    public void saveVote() {
        // the application the page showed when the juror voted, not whatever the poll has moved on to since
        act(() -> verdicts.vote(voteFor, vote), "jury.meeting.voted");
    }

    public void saveDecision() {
        StandingView now = meeting.discussing();
        act(() -> verdicts.decide(formFor, outcome, motivation, now == null ? null : now.decisionVersion()),
                "jury.meeting.decided");
    }

    public void noWinner() {
        StandingView now = meeting.discussing();
        int[] count = new int[1];
        if (now != null && Attempt.succeeded(() -> count[0] = verdicts.noWinner(cycleId, now.classId()))) {
            Messages.info("jury.meeting.noWinnerDone", count[0]);
        }
        refresh();
    }

    private void act(Runnable action, String doneKey) {
        if (Attempt.succeeded(action)) {
            if (doneKey != null) {
                Messages.info(doneKey);
            }
            formFor = null;
        }
        refresh();
    }

    /** Whether the current request is an Ajax one (the poll), so the work area may be updated with it. */
    private static final class FacesContextHolder {
        static boolean ajax() {
            var context = jakarta.faces.context.FacesContext.getCurrentInstance();
            return context != null && context.getPartialViewContext().isAjaxRequest();
        }
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public MeetingView getMeeting() { return meeting; }
    public String getVoteFor() { return voteFor; }
    public void setVoteFor(String voteFor) { this.voteFor = voteFor; }
    public String getVote() { return vote; }
    public void setVote(String vote) { this.vote = vote; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
    public String[] getOutcomes() { return new String[]{"WINNER", "HONOURABLE_MENTION", "NOT_AWARDED"}; }
}
