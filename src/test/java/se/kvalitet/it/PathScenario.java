package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Test-only: the assignment scenario carried to the start of the whole assessment path. Teams of two (a leader
 * and one member, so two examiners score), committed; the cycle in the consensus phase (the examiners may still
 * write their assessments, and the leader may open the consensus once both submitted); its planned dates moved
 * into the past with the feedback date today, so the report may be released the same day; and an applicant
 * account at the unit of the first team's application, to download the report. Runs as an administrator; each
 * boundary call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PathScenario {

    /** The application the team assesses, its leader's, member's and applicant's e-mail addresses. */
    public record Fixture(Long cycleId, Long applicationId, String leader, String member, String applicant) {
    }

    @Inject AssignmentScenario scenario;
    @Inject Assignments assignments;
    @Inject Cycles cycles;
    @Inject Applications applications;
    @Inject People people;

    public Fixture build(String password) {
        var base = scenario.build(true, password);
        var choice = assignments.teamSize(base.categoryId());
        assignments.setTeamSize(base.categoryId(), 2, choice.settingsVersion());
        var proposal = assignments.propose(base.categoryId());
        var committed = assignments.commit(proposal.id(), proposal.version());
        cycles.moveTo(base.cycleId(), Phase.INDIVIDUAL_REVIEW);
        cycles.moveTo(base.cycleId(), Phase.CONSENSUS);
        redate(base.cycleId());

        var emailOf = base.examinerIds().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, e -> base.emails().get(e.getKey())));
        CommittedTeam team = committed.get(0);
        String leader = team.members().stream().filter(CommittedTeam.Member::leader)
                .map(m -> emailOf.get(m.personId())).findFirst().orElseThrow();
        String member = team.members().stream().filter(m -> !m.leader())
                .map(m -> emailOf.get(m.personId())).findFirst().orElseThrow();

        Long unitId = applications.view(team.applicationId()).unitId();
        String applicant = "sokande-" + UUID.randomUUID() + "@kvalitet.test";
        people.create(applicant, "Sökande vid enheten", password.toCharArray(), EnumSet.of(Role.APPLICANT), unitId, null);
        return new Fixture(base.cycleId(), team.applicationId(), leader, member, applicant);
    }

    /** Every phase dated in the past, in order, and the feedback date today (release is refused before it). */
    private void redate(Long cycleId) {
        var cycle = cycles.find(cycleId).orElseThrow();
        LocalDate today = LocalDate.now(AssignmentScenario.CITY);
        var dates = cycle.getDates();
        dates.setApplicationOpensOn(today.minusDays(70));
        dates.setApplicationClosesAt(today.minusDays(60).atTime(LocalTime.of(16, 0)).atZone(AssignmentScenario.CITY)
                .toInstant());
        dates.setReviewStartsOn(today.minusDays(50));
        dates.setConsensusStartsOn(today.minusDays(40));
        dates.setSiteVisitsStartOn(today.minusDays(30));
        dates.setJuryStartsOn(today.minusDays(20));
        dates.setAnnouncementOn(today.minusDays(10));
        dates.setFeedbackOn(today);
        cycles.save(cycle);
    }
}
