package se.kvalitet.jury.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import se.kvalitet.jury.boundary.JuryMeetings;
import se.kvalitet.jury.boundary.JuryVerdicts;
import se.kvalitet.jury.boundary.JuryWorkspaces;
import se.kvalitet.jury.boundary.WorkspaceView;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /jury/workspace.xhtml?cycle=…: the jury's workspace, per class the applications ranked with their consensus,
 * recommendation, site visit, warnings and decision; the administrator's settings (chair, blind mode, reveal,
 * announce); the minutes. What each juror sees is decided by the boundary (recusal, blind mode).
 */
@Named("juryWorkspacePage")
@ViewScoped
public class WorkspacePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JuryWorkspaces workspaces;

    @Inject
    JuryMeetings meetings;

    @Inject
    JuryVerdicts verdicts;

    @Inject
    se.kvalitet.cycles.boundary.Cycles cycles;

    @Inject
    se.kvalitet.cycles.boundary.CycleChoice cycleChoice;

    private java.util.List<se.kvalitet.cycles.boundary.CycleSummary> cycleChoices;

    private String cycleParam;
    private Long chosenCycleId;
    private WorkspaceView workspace;
    private Long chairId;
    private boolean blind;
    private java.util.Set<Long> confirmed = java.util.Set.of();

    public void load() throws IOException {
        try {
            // the cycle in the address, else the one this person chose last, else the cycle with the jury
            chosenCycleId = cycleChoice.resolve(cycleParam, se.kvalitet.cycles.boundary.CyclePurpose.JURY);
            workspace = chosenCycleId == null ? null : workspaces.workspace(chosenCycleId);
        } catch (RuleViolation none) {
            workspace = null;
        }
        if (workspace != null) {
            chairId = workspace.chairId();
            blind = workspace.blind();
            confirmed = workspaces.confirmed(workspace.cycleId());
        }
    }

    /** A juror, neither recused nor blinded, who has not yet said they have no conflict with the application. */
    public boolean mayConfirm(se.kvalitet.jury.boundary.StandingView s) {
        return workspace != null && !workspace.admin() && !s.recused() && !s.namesHidden() && s.applicationId() != null
                && !confirmed.contains(s.applicationId());
    }

    public boolean mayRead(se.kvalitet.jury.boundary.StandingView s) {
        return !s.recused() && !s.namesHidden() && s.applicationId() != null && confirmed.contains(s.applicationId());
    }

    public void confirmNoConflict(String reference) {
        change(() -> workspaces.confirmNoConflict(reference), "jury.read.confirmed");
    }

    public void appoint() {
        change(() -> meetings.appointChair(workspace.cycleId(), chairId), "jury.workspace.saved");
    }

    public void saveBlind() {
        change(() -> meetings.setBlind(workspace.cycleId(), blind, workspace.version()), "jury.workspace.saved");
    }

    public void reveal() {
        change(() -> meetings.revealNames(workspace.cycleId()), "jury.workspace.saved");
    }

    public void announce() {
        int[] count = new int[1];
        if (Attempt.succeeded(() -> count[0] = verdicts.announce(workspace.cycleId()))) {
            Messages.info("jury.workspace.announcedDone", count[0]);
        }
        reload();
    }

    /** /jury/minutes.xhtml?cycle=…: the minutes as a PDF. */
    public void sendMinutes() throws IOException {
        byte[] pdf;
        Long cycleId;
        try {
            cycleId = Ids.parse(cycleParam);
            pdf = workspaces.minutes(cycleId, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        } catch (RuleViolation notReadable) {
            Responses.notFound(Messages.text("jury.notFound"));
            return;
        }
        Faces.sendFile(pdf, "protokoll-" + (cycleId == null ? "jury" : cycleId) + ".pdf", true);
    }

    private void change(Runnable action, String doneKey) {
        if (Attempt.succeeded(action)) {
            Messages.info(doneKey);
        }
        reload();
    }

    private void reload() {
        workspace = workspaces.workspace(workspace.cycleId());
        chairId = workspace.chairId();
        blind = workspace.blind();
        confirmed = workspaces.confirmed(workspace.cycleId());
    }

    /** The cycles to switch between, newest first (last year's decisions stay readable). */
    public java.util.List<se.kvalitet.cycles.boundary.CycleSummary> getCycles() {
        if (cycleChoices == null) {
            cycleChoices = cycles.summaries();
        }
        return cycleChoices;
    }

    public Long getChosenCycleId() { return chosenCycleId; }
    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public WorkspaceView getWorkspace() { return workspace; }
    public Long getChairId() { return chairId; }
    public void setChairId(Long chairId) { this.chairId = chairId; }
    public boolean isBlind() { return blind; }
    public void setBlind(boolean blind) { this.blind = blind; }
}
