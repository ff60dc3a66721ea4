package se.kvalitet.examples.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import se.kvalitet.applications.boundary.ApplicationSummary;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.platform.security.Role;

/**
 * What a unit's history page reads of the applications component as an administrator: the unit's applications
 * over the years (their registration facts, never their content or results). The applications boundary lists a
 * unit's applications to administrators and to its applicants only, while the unit page also serves the unit's
 * other people; {@link UnitHistories} decides who may see what and calls this only after it has. The consensus
 * results are not read here: the unit sees them through feedback's release rule ({@code UnitResults}), in its
 * own name. Not for any other caller; in a transaction of its own.
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AwardFacts {

    @Inject
    Applications applications;


    /** The unit's applications, oldest year first. */
    public List<ApplicationSummary> applicationsOf(Long unitId) {
        return applications.listForUnit(unitId).stream()
                .sorted(java.util.Comparator.comparingInt(ApplicationSummary::cycleYear).thenComparing(ApplicationSummary::id))
                .toList();
    }
}
