package se.kvalitet.assignments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.assignments.boundary.ExaminerChoice;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.boundary.CycleChoice;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * The current cycle's committed teams, for administrators, and replacing a member of one of them
 * ({@code change} names the application whose team is being changed).
 */
@Named("teamsPage")
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    @Inject
    Cycles cycles;

    @Inject
    CycleChoice cycleChoice;

    private String cycleParam;
    private Long cycleId;
    private String cycleName;
    private List<CommittedTeam> teams = List.of();
    private String changeParam;
    private Long member;
    private Long replacement;
    private String reason;
    private long version;
    private List<ExaminerChoice> choices;

    /** The cycle given by {@code cycle}, else the one chosen last, else the first under review. */
    public void load() {
        cycleId = cycleChoice.resolve(cycleParam, CyclePurpose.REVIEW);
        (cycleId == null ? java.util.Optional.<se.kvalitet.cycles.boundary.CycleDetail>empty() : cycles.detail(cycleId)).ifPresent(cycle -> {
            cycleName = cycle.name();
            teams = assignments.committedTeams(cycle.id());
        });
        // the version the administrator sees travels with the form, so a change made meanwhile is refused
        var changing = getChanging();
        if (changing != null) {
            version = changing.version();
        }
    }

    /** The team being changed, if {@code change} names one of the listed teams. */
    public CommittedTeam getChanging() {
        Long app = Ids.parse(changeParam);
        return app == null ? null : teams.stream().filter(t -> t.applicationId().equals(app)).findFirst().orElse(null);
    }

    public List<ExaminerChoice> getChoices() {
        var changing = getChanging();
        if (choices == null && changing != null) {
            choices = assignments.replacementChoices(changing.applicationId());
        }
        return choices == null ? List.of() : choices;
    }

    public String replace() {
        var changing = getChanging();
        if (changing == null) {
            return null;
        }
        // the form's own checks, said together; the boundary checks everything again
        if (member == null || replacement == null || reason == null || reason.isBlank()) {
            if (member == null) {
                Messages.error("assignments.page.replace.member.required");
            }
            if (replacement == null) {
                Messages.error("assignments.page.replace.by.required");
            }
            if (reason == null || reason.isBlank()) {
                Messages.error("assignments.replace.reasonRequired");
            }
            return null;
        }
        if (Attempt.succeeded(() -> assignments.replaceMember(changing.applicationId(), member, replacement, reason, version))) {
            Messages.info("assignments.page.replace.done");
            Messages.keepForRedirect();
            return "/assignments/teams?faces-redirect=true" + (cycleId == null ? "" : "&cycle=" + cycleId);
        }
        return null;
    }

    public String leaderName(CommittedTeam team) {
        return team.members().stream().filter(CommittedTeam.Member::leader).map(CommittedTeam.Member::name)
                .findFirst().orElse("");
    }

    public String memberNames(CommittedTeam team) {
        return team.members().stream().filter(m -> !m.leader()).map(CommittedTeam.Member::name)
                .collect(Collectors.joining(", "));
    }

    public String getChangeParam() { return changeParam; }
    public void setChangeParam(String changeParam) { this.changeParam = changeParam; }
    public Long getMember() { return member; }
    public void setMember(Long member) { this.member = member; }
    public Long getReplacement() { return replacement; }
    public void setReplacement(Long replacement) { this.replacement = replacement; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public String getCycleName() { return cycleName; }
    public Long getCycleId() { return cycleId; }
    public List<CommittedTeam> getTeams() { return teams; }
}
