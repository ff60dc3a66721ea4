package se.kvalitet.jury.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.kvalitet.applications.boundary.ApplicationRegister;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.Notice;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * What the jury reads of other components, through the narrow boundary methods those components offer the jury:
 * each checks the caller itself (a juror gets the cycle's submitted applications only after the application period,
 * warnings only of applications they are not recused from). Runs as the caller, never as an administrator; the
 * jury's board still applies recusal and blind mode before anything reaches a juror. Nothing here changes anything.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class JuryFacts {

    /** A juror: an active account with the JURY role. */
    public record Juror(Long id, String fullName) {
    }

    @Inject
    ApplicationRegister register;

    @Inject
    Applications applications;

    @Inject
    People people;

    /** The cycle's submitted applications (drafts and withdrawn ones are no business of the jury's). */
    public List<ApplicationSummary> competing(Long cycleId) {
        return register.competing(cycleId);
    }

    /** The eligibility-to-win warnings of an application (deficit, quarantine after a win); none if not the caller's to know. */
    public List<Notice> warnings(Long applicationId) {
        return applications.eligibilityWarnings(applicationId);
    }

    public List<Juror> jurors() {
        return people.jurors().stream().map(j -> new Juror(j.id(), j.fullName())).toList();
    }
}
