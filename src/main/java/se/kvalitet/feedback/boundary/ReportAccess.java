package se.kvalitet.feedback.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import se.kvalitet.applications.boundary.ApplicationView;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.MyTeam;
import se.kvalitet.assignments.boundary.MyTeams;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * Who may reach an application's report: administrators any; the leader of its team (to draft and preview);
 * the applicants of its unit, only once it is released. Anyone else is told "not found", so ids reveal nothing.
 * The application itself is read through {@link Applications#view}, which already limits applicants to their own
 * unit and examiners to their confirmed teams.
 */
@Dependent
public class ReportAccess {

    public enum Part { ADMIN, LEADER, APPLICANT }

    @Resource
    SessionContext session;

    @Inject
    Applications applications;

    @Inject
    MyTeams myTeams;

    boolean admin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }

    /** The caller's part for this application, or "not found". */
    Part part(Long applicationId) {
        if (admin()) {
            return Part.ADMIN;
        }
        if (leads(applicationId)) {
            return Part.LEADER;
        }
        if (session.isCallerInRole(Role.APPLICANT_NAME)) {
            return Part.APPLICANT;
        }
        throw new NotFound("feedback.notFound", applicationId);
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
