package se.kvalitet.applications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import se.kvalitet.applications.control.ExtensionRules;
import se.kvalitet.applications.entity.Application;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.security.Role;

/**
 * A later deadline for one application: granted and revoked by administrators, shown to the unit. Apart from
 * {@link Applications} (writing and submitting) because it is the administrator's exception to the cycle's deadline;
 * every deadline check reads the extension through {@link ApplicationAccess}, so writing, files, submitting and
 * withdrawing follow it.
 */
@Stateless
public class DeadlineExtensions {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ApplicationAccess access;

    @Inject
    Cycles cycles;

    @Inject
    CurrentPerson currentPerson;

    /**
     * Gives one application a later deadline of its own, for a reason (administrators; the limits are
     * {@link ExtensionRules}'s: a draft, in or just after the application period, after the cycle's deadline and
     * before review starts). Replaces an extension in force; recorded as {@code ApplicationDeadlineExtended}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public long extendDeadline(Long id, Instant until, String reason, long expectedVersion) {
        var application = access.accessible(id, true);
        ApplicationAccess.requireVersion(application, expectedVersion);
        var terms = access.terms(application.getCycleId());
        var current = application.extension();
        ExtensionRules.requireGrantable(new ExtensionRules.Situation(application.getStatus().name(), terms.phase(),
                terms.applicationClosesAt(), terms.reviewStartsOn(), application.extendedUntil(),
                current.map(e -> e.isUsed()).orElse(false), access.now()), until, reason);
        application.extendDeadline(until, reason, actor(), access.now());
        return access.changed(application, "ApplicationDeadlineExtended", until + " " + reason.strip());
    }

    /** Takes an unused extension back (administrators); recorded as {@code ApplicationDeadlineExtensionRevoked}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long revokeExtension(Long id, long expectedVersion) {
        var application = access.accessible(id, true);
        ApplicationAccess.requireVersion(application, expectedVersion);
        var current = application.extension();
        ExtensionRules.requireRevocable(application.extendedUntil(), current.map(e -> e.isUsed()).orElse(false));
        Instant was = application.extendedUntil();
        application.revokeExtension(access.now());
        return access.changed(application, "ApplicationDeadlineExtensionRevoked", String.valueOf(was));
    }

    /** The caller's unit's drafts that have a deadline of their own still ahead (for the start page). */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<ExtensionNotice> extensionsOfMyUnit() {
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        if (unitId == null) {
            return List.of();
        }
        var drafts = em.createQuery("select a from Application a where a.unitId = :u and a.status = :draft "
                        + "and a.extension.until is not null and a.extension.until > :now order by a.id", Application.class)
                .setParameter("u", unitId).setParameter("draft", ApplicationStatus.DRAFT).setParameter("now", access.now())
                .getResultList();
        var terms = cycles.applicationTerms(drafts.stream().map(Application::getCycleId).distinct().toList());
        return drafts.stream().map(a -> new ExtensionNotice(a.getId(),
                terms.containsKey(a.getCycleId()) ? terms.get(a.getCycleId()).year() : 0, a.getAward().name(),
                a.extendedUntil(), a.extension().map(e -> e.getReason()).orElse(null))).toList();
    }

    private String actor() {
        var principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
