package se.kvalitet.jury.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.kvalitet.applications.boundary.ApplicationFilter;
import se.kvalitet.applications.boundary.ApplicationRegister;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.applications.boundary.Notice;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * What the jury reads of other components that admit only administrators: the cycle's applications, their
 * eligibility-to-win warnings and the jurors. Runs as the administrator for those calls only; callers are
 * jurors and administrators, and the jury's boundaries filter everything by recusal and blind mode before
 * anything reaches a juror. Nothing here changes anything.
 */
@Stateless
@RunAs(Role.ADMIN_NAME)
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class JuryFacts {

    private static final Set<String> NOT_COMPETING = Set.of("DRAFT", "WITHDRAWN");

    /** A juror: an active account with the JURY role. */
    public record Juror(Long id, String fullName, String email, Long unitId, Long administrationId) {
    }

    @Inject
    ApplicationRegister register;

    @Inject
    Applications applications;

    @Inject
    People people;

    /** The cycle's submitted applications (drafts and withdrawn ones are no business of the jury's). */
    public List<ApplicationSummary> competing(Long cycleId) {
        var all = new ArrayList<ApplicationSummary>();
        for (int first = 0; ; first += 500) {
            var page = register.cycleApplications(cycleId, ApplicationFilter.none(), "registrationNumber", true, first, 500);
            page.stream().filter(a -> !NOT_COMPETING.contains(a.status())).forEach(all::add);
            if (page.size() < 500) {
                return all;
            }
        }
    }

    /** The eligibility-to-win warnings of an application (deficit, quarantine after a win). */
    public List<Notice> warnings(Long applicationId) {
        return applications.view(applicationId).warnings();
    }

    public List<Juror> jurors() {
        var jurors = new ArrayList<Juror>();
        var filter = new People.AccountFilter(null, Role.JURY);
        for (int first = 0; ; first += 200) {
            var page = people.accounts(filter, "fullName", true, first, 200);
            page.stream().filter(People.AccountRow::active).forEach(a -> jurors.add(new Juror(a.id(), a.fullName(),
                    a.email(), a.unitId(), a.administrationId())));
            if (page.size() < 200) {
                return jurors;
            }
        }
    }
}
