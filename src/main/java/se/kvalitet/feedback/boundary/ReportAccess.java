package se.kvalitet.feedback.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.MyTeam;
import se.kvalitet.assignments.boundary.MyTeams;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.feedback.control.ReportRule;
import se.kvalitet.feedback.control.ReportRule.Action;
import se.kvalitet.feedback.control.ReportRule.Part;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * Who may reach an application's report, decided by {@link ReportRule}: administrators any; the leader of its
 * team (to draft and preview) while no conflict of interest blocks them; the applicants of its unit, only once it
 * is released. Anyone else is told "not found", so ids reveal nothing.
 * The application itself is read through {@link Applications#view}, which already limits applicants to their own
 * unit and examiners to their confirmed teams.
 */
@Dependent
public class ReportAccess {

    @Resource
    SessionContext session;

    @Inject
    Applications applications;

    @Inject
    MyTeams myTeams;

    @Inject
    ConflictCheck conflictCheck;

    boolean admin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }

    /**
     * The caller's part for this application when {@link ReportRule} lets them do {@code action} on a report that
     * is {@code released} or not; "not found" otherwise. The leader's conflicts are asked here: a conflict that
     * blocks closes the report as it closes the application.
     */
    Part decide(Long applicationId, Action action, boolean released) {
        Part part = admin() ? Part.ADMIN : leads(applicationId) ? Part.LEADER
                : session.isCallerInRole(Role.APPLICANT_NAME) ? Part.APPLICANT : Part.NONE;
        Long callerId = currentPerson.caller().map(se.kvalitet.people.boundary.CurrentPerson.Caller::id).orElse(null);
        boolean conflicted = part == Part.LEADER && callerId != null && conflictCheck.blocks(callerId, applicationId);
        if (!ReportRule.allows(part, conflicted, released, action)) {
            throw new NotFound("feedback.notFound", applicationId);
        }
        return part;
    }

    boolean leads(Long applicationId) {
        return session.isCallerInRole(Role.EXAMINER_NAME)
                && myTeams.mine().stream().anyMatch(t -> t.leader() && t.applicationId().equals(applicationId));
    }

    /** The application as the caller may read it; "not found" when they may not. */
    ApplicationView application(Long applicationId) {
        try {
            return applications.view(applicationId);
        } catch (NotFound notTheirs) {
            throw new NotFound("feedback.notFound", applicationId);
        }
    }

    @Inject
    se.kvalitet.people.boundary.CurrentPerson currentPerson;

    String callerName() {
        return currentPerson.caller().map(se.kvalitet.people.boundary.CurrentPerson.Caller::fullName).orElse("");
    }

    /** The applications the caller leads, in the cycles under way. */
    java.util.List<MyTeam> ledTeams() {
        return session.isCallerInRole(Role.EXAMINER_NAME)
                ? myTeams.mine().stream().filter(MyTeam::leader).toList() : java.util.List.of();
    }
}
