package se.kvalitet.assignments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.assignments.boundary.Adjustment;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.BreachView;
import se.kvalitet.assignments.boundary.CategoryChoice;
import se.kvalitet.assignments.boundary.ExaminerChoice;
import se.kvalitet.assignments.boundary.MemberView;
import se.kvalitet.assignments.boundary.ProposalTeamView;
import se.kvalitet.assignments.boundary.ProposalView;
import se.kvalitet.assignments.boundary.ShortfallView;
import se.kvalitet.assignments.boundary.WarningView;
import se.kvalitet.cycles.boundary.CyclePurpose;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.boundary.CycleChoice;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * The administrator's proposal page: choose the category and its team size, make a proposal, read it (who,
 * why, warnings, breaches, shortfalls, figures), adjust seat by seat, commit or discard. Every change goes
 * to the server with the version on the page; the server checks the hard rules and refuses with the reason.
 */
@Named("proposalPage")
@ViewScoped
public class ProposalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    @Inject
    Cycles cycles;

    @Inject
    CycleChoice cycleChoice;

    private String cycleParam;
    private String categoryParam;
    private Long cycleId;
    private String cycleName;
    private List<CategoryChoice> categories = List.of();
    private Long categoryId;
    private int teamSize;
    private ProposalView proposal;
    private final Map<Long, String> memberChoice = new HashMap<>();
    private final Map<Long, String> examinerChoice = new HashMap<>();

    /** The cycle given by {@code cycle}, else the one chosen last, else the first under review. */
    public void load() {
        Long wantedCycle = cycleChoice.resolve(cycleParam, CyclePurpose.REVIEW);
        var cycle = wantedCycle == null ? null : cycles.detail(wantedCycle).orElse(null);
        if (cycle == null) {
            return;
        }
        cycleId = cycle.id();
        cycleName = cycle.name();
        categories = assignments.categories(cycleId);
        Long wanted = Ids.parse(categoryParam);
        categoryId = categories.stream().map(CategoryChoice::categoryId).filter(id -> id.equals(wanted)).findFirst()
                .orElse(categories.isEmpty() ? null : categories.get(0).categoryId());
        refresh();
    }

    /** Shows the chosen category's settings and its open proposal. */
    public void chooseCategory() {
        refresh();
    }

    public void saveTeamSize() {
        var category = category();
        if (category != null && Attempt.succeeded(() -> assignments.setTeamSize(categoryId, teamSize,
                category.settingsVersion()))) {
            Messages.info("assignments.page.teamSize.saved", teamSize);
        }
        refresh();
    }

    public void propose() {
        if (Attempt.succeeded(() -> proposal = assignments.propose(categoryId))) {
            Messages.info("assignments.page.proposed", proposal.teams().size());
        }
        refreshCategories();
    }

    public void replace(Long applicationId) {
        adjust("REPLACE", applicationId, Ids.parse(memberChoice.get(applicationId)),
                Ids.parse(examinerChoice.get(applicationId)));
    }

    public void add(Long applicationId) {
        adjust("ADD", applicationId, Ids.parse(examinerChoice.get(applicationId)), null);
    }

    public void remove(Long applicationId) {
        adjust("REMOVE", applicationId, Ids.parse(memberChoice.get(applicationId)), null);
    }

    public void makeLeader(Long applicationId) {
        adjust("LEADER", applicationId, Ids.parse(memberChoice.get(applicationId)), null);
    }

    private void adjust(String action, Long applicationId, Long personId, Long replacementId) {
        if (proposal == null) {
            return;
        }
        if (personId == null || ("REPLACE".equals(action) && replacementId == null)) {
            Messages.error("assignments.page.adjust.choose");
            return;
        }
        var change = new Adjustment(action, applicationId, personId, replacementId, proposal.version());
        if (Attempt.succeeded(() -> proposal = assignments.adjust(proposal.id(), change))) {
            Messages.info("assignments.page.adjusted");
            memberChoice.remove(applicationId);
            examinerChoice.remove(applicationId);
        } else {
            // a refusal changed nothing on the server; show what is there (another administrator may have acted)
            proposal = assignments.openProposal(categoryId).orElse(null);
        }
    }

    public void commit() {
        if (proposal != null && Attempt.succeeded(() -> assignments.commit(proposal.id(), proposal.version()))) {
            Messages.info("assignments.page.committed", proposal.teams().size());
            proposal = null;
        }
        refreshCategories();
    }

    public void discard() {
        if (proposal != null && Attempt.succeeded(() -> assignments.discard(proposal.id(), proposal.version()))) {
            Messages.info("assignments.page.discarded");
            proposal = null;
        }
        refreshCategories();
    }

    private void refresh() {
        refreshCategories();
        var category = category();
        teamSize = category == null ? 3 : category.teamSize();
        proposal = categoryId == null ? null : assignments.openProposal(categoryId).orElse(null);
    }

    private void refreshCategories() {
        if (cycleId != null) {
            categories = assignments.categories(cycleId);
        }
    }

    private CategoryChoice category() {
        return categories.stream().filter(c -> c.categoryId().equals(categoryId)).findFirst().orElse(null);
    }

    // ---- texts for the page

    /** "Name (load/capacity)", marked when the examiner has a conflict with the application or may lead. */
    public String examinerLabel(ExaminerChoice e, ProposalTeamView team) {
        var label = new StringBuilder(Messages.text("assignments.page.examiner.label", e.name(), e.load(), e.capacity()));
        if (e.leaderEligible()) {
            label.append(' ').append(Messages.text("assignments.page.examiner.mayLead"));
        }
        if (team.conflictedExaminerIds().contains(e.personId())) {
            label.append(' ').append(Messages.text("assignments.page.examiner.conflict"));
        }
        return label.toString();
    }

    public String reasons(MemberView m) {
        var parts = new ArrayList<String>();
        parts.add(Messages.text(m.competenceMatch() ? "assignments.reason.competence" : "assignments.reason.noCompetence"));
        parts.add(Messages.text(m.experienced() ? "assignments.reason.experienced" : "assignments.reason.new"));
        if (m.leaderEligible()) {
            parts.add(Messages.text("assignments.reason.leaderEligible"));
        }
        parts.add(Messages.text("assignments.reason.load", m.load(), m.capacity()));
        return String.join(" · ", parts);
    }

    public String warningText(WarningView w) {
        return Messages.text(w.key(), w.names());
    }

    public String breachText(BreachView b) {
        return Messages.text(b.rule(), b.examinerName(), b.registrationNumber());
    }

    public String shortfallText(ShortfallView s) {
        return Messages.text("assignments.shortfall.explained", s.registrationNumber(), s.missingMembers(),
                s.missingLeader() ? Messages.text("assignments.shortfall.leaderMissing") : "",
                s.conflictedExaminers(), s.examinersWithoutRoom(), s.eligibleLeaders());
    }

    public String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    public List<Integer> getTeamSizes() {
        return List.of(2, 3, 4, 5, 6);
    }

    public String getCycleParam() { return cycleParam; }
    public void setCycleParam(String cycleParam) { this.cycleParam = cycleParam; }
    public String getCategoryParam() { return categoryParam; }
    public void setCategoryParam(String categoryParam) { this.categoryParam = categoryParam; }
    public Long getCycleId() { return cycleId; }
    public String getCycleName() { return cycleName; }
    public List<CategoryChoice> getCategories() { return categories; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public int getTeamSize() { return teamSize; }
    public void setTeamSize(int teamSize) { this.teamSize = teamSize; }
    public ProposalView getProposal() { return proposal; }
    public Map<Long, String> getMemberChoice() { return memberChoice; }
    public Map<Long, String> getExaminerChoice() { return examinerChoice; }
}
