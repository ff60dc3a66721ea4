package se.kvalitet.applications.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import se.kvalitet.applications.control.Deadline;
import se.kvalitet.applications.entity.Application;
import se.kvalitet.applications.entity.ApplicationRuleException;
import se.kvalitet.applications.entity.ApplicationStatus;
import se.kvalitet.conflicts.boundary.ConflictCheck;
import se.kvalitet.conflicts.boundary.Confirmations;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * The checks every applications boundary makes before it touches an application: who may reach it, whether
 * it may still be written, and the cycle's terms. One place, so the writing and the files of an application
 * can never disagree on who sees what. Runs in the calling boundary's transaction.
 */
@Dependent
public class ApplicationAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cycles cycles;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Confirmations confirmations;

    @Inject
    ConflictCheck conflictCheck;

    @Inject
    se.kvalitet.platform.events.DomainEvents events;

    /** Answered by the assignments component, which owns the teams (see {@link TeamSeating}). */
    @Inject
    jakarta.enterprise.inject.Instance<TeamSeating> seating;

    /** The server clock; the deadline is compared with it. */
    Clock clock = Clock.systemUTC();

    /**
     * The application if the caller may reach it: administrators any, applicants their own unit's. Anything
     * else is "not found", so ids of other units' applications reveal nothing. Working at the unit is not
     * enough: a juror or examiner employed there is recused from it, not one of its applicants (the
     * authorization matrix found a juror of the unit reading its application and files).
     */
    Application accessible(Long id, boolean admin) {
        var application = id == null ? null : em.find(Application.class, id);
        if (application == null) {
            throw new NotFound("applications.notFound", id);
        }
        if (!admin) {
            Long unitId = currentPerson.caller().filter(c -> c.has(Role.APPLICANT))
                    .map(CurrentPerson.Caller::unitId).orElse(null);
            if (unitId == null || !unitId.equals(application.getUnitId())) {
                throw new NotFound("applications.notFound", id);
            }
        }
        return application;
    }

    /**
     * The application if the caller may read it: whoever may {@link #accessible reach} it, and an examiner who
     * sits on its committed team, has confirmed having no conflict with it, and has no blocking conflict with
     * it. Only for reading: every writing method goes through {@link #accessible}, which never lets an
     * examiner in. The team is asked of its owner through {@link TeamSeating}, because assignment builds on this
     * component and not the other way round.
     */
    Application readable(Long id, boolean admin, boolean examiner) {
        return readable(id, admin, examiner, false);
    }

    /**
     * Like {@link #readable(Long, boolean, boolean)}, and a jury member reads a submitted application (neither a
     * draft nor withdrawn) of a cycle whose application period has closed, once they have confirmed having no
     * conflict with it as a juror and while no conflict blocks them. The jury has no teams: every juror may
     * read every entry of the cycle they are free to judge. Only for reading, as for examiners.
     */
    Application readable(Long id, boolean admin, boolean examiner, boolean juror) {
        try {
            return accessible(id, admin);
        } catch (NotFound notReachable) {
            if (!(examiner && examinerMayRead(id)) && !(juror && jurorMayRead(id))) {
                throw notReachable;
            }
            return em.find(Application.class, id);
        }
    }

    /** The phases before the application period has closed: no juror reads an application then. */
    private static final java.util.Set<String> BEFORE_CLOSING = java.util.Set.of("PLANNING", "APPLICATION_OPEN");

    /** Whether the cycle's application period has closed (false for an unknown cycle). */
    boolean closedForApplications(Long cycleId) {
        var terms = cycleId == null ? null : cycles.applicationTerms(cycleId).orElse(null);
        return terms != null && !BEFORE_CLOSING.contains(terms.phase());
    }

    /**
     * Whether a juror may know the facts the jury's board shows about an application before reading it (its
     * eligibility-to-win warnings): a submitted application of a cycle whose application period has closed, with
     * no conflict blocking the juror. Reading the text itself also needs the juror's confirmation.
     */
    boolean jurorMayKnowFacts(Long id) {
        Long personId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        var application = id == null ? null : em.find(Application.class, id);
        return personId != null && application != null && application.getStatus() != ApplicationStatus.DRAFT
                && application.getStatus() != ApplicationStatus.WITHDRAWN
                && closedForApplications(application.getCycleId()) && !conflictCheck.blocks(personId, id);
    }

    private boolean jurorMayRead(Long id) {
        Long personId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        var application = id == null ? null : em.find(Application.class, id);
        if (personId == null || application == null || application.getStatus() == ApplicationStatus.DRAFT
                || application.getStatus() == ApplicationStatus.WITHDRAWN) {
            return false;
        }
        var terms = cycles.applicationTerms(application.getCycleId()).orElse(null);
        if (terms == null || BEFORE_CLOSING.contains(terms.phase())) {
            return false;
        }
        return !confirmations.confirmedAsJuror(personId, java.util.List.of(id)).isEmpty()
                && !conflictCheck.blocks(personId, id);
    }

    private boolean examinerMayRead(Long id) {
        Long personId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        if (personId == null) {
            return false;
        }
        if (!seating.isResolvable() || !seating.get().sitsOn(id, personId)) {
            return false;
        }
        return !confirmations.confirmedAsExaminer(personId, java.util.List.of(id)).isEmpty()
                && !conflictCheck.blocks(personId, id);
    }

    /** Whether the caller leads the application's committed team (asked of the teams' owner, like reading). */
    boolean callerLeadsTeam(Long id) {
        Long personId = currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
        if (personId == null || id == null) {
            return false;
        }
        return seating.isResolvable() && seating.get().leads(id, personId);
    }

    /**
     * Refuses a change made on a version other than the application's (somebody saved in between): REST 409, pages
     * {@code error.concurrentChange}, nothing saved.
     */
    static void requireVersion(Application application, long expectedVersion) {
        if (application.getVersion() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("application " + application.getId() + " is at version "
                    + application.getVersion() + ", not " + expectedVersion);
        }
    }

    /** Ends a change: the application's version moves on (whatever part changed) and the event is recorded. */
    long changed(Application application, String event, String details) {
        em.lock(application, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.record(event, "Application", application.getId(), details);
        return application.getVersion();
    }

    /**
     * A draft, and before its deadline (the cycle's, or the application's own extension) unless an administrator
     * reopened it. A write that only the extension lets through marks the extension used (no longer revocable);
     * the mark is part of the writing transaction, so a refused write leaves it unused.
     */
    void requireWritable(Application application, ApplicationTerms terms) {
        if (application.getStatus() == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationRuleException("applications.withdrawn");
        }
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new ApplicationRuleException("applications.frozen", application.getRegistrationNumber());
        }
        if (application.getReopenings().isEmpty()) {
            var deadline = deadline();
            deadline.requireOpen(terms.phase(), terms.applicationClosesAt(), application.extendedUntil());
            if (deadline.needsExtension(terms.phase(), terms.applicationClosesAt(), application.extendedUntil())) {
                application.extensionUsed(now());
            }
        }
    }

    boolean writable(Application application, ApplicationTerms terms) {
        return application.getStatus() == ApplicationStatus.DRAFT
                && (!application.getReopenings().isEmpty()
                || deadline().open(terms.phase(), terms.applicationClosesAt(), application.extendedUntil()));
    }

    /** The cycle's terms for attachments: accepted types, the largest file and the largest total. */
    static se.kvalitet.applications.control.AttachmentPolicy attachmentPolicy(ApplicationTerms terms) {
        long file = terms.maxFileMb() * 1024L * 1024L;
        long total = terms.maxTotalMb() * 1024L * 1024L;
        return "PDF_AND_OFFICE".equals(terms.attachmentTypes())
                ? se.kvalitet.applications.control.AttachmentPolicy.pdfAndOffice(file, total)
                : se.kvalitet.applications.control.AttachmentPolicy.pdfOnly(file, total);
    }

    ApplicationTerms terms(Long cycleId) {
        return cycles.applicationTerms(cycleId).orElseThrow(() -> new NotFound("applications.cycle.notFound", cycleId));
    }

    Deadline deadline() {
        return new Deadline(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
