package se.kvalitet.conflicts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvalitet.conflicts.entity.ActingAs;
import se.kvalitet.conflicts.entity.ConflictPolicy;
import se.kvalitet.conflicts.entity.ConflictReason;
import se.kvalitet.conflicts.entity.ConflictRuling;
import se.kvalitet.conflicts.entity.DeclaredConflict;
import se.kvalitet.conflicts.entity.RulingKind;
import se.kvalitet.jury.boundary.JuryWorkspaces;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Conflicts of interest (jäv) as people handle them: examiners and jurors declare their own and withdraw
 * them; the administrator sees every conflict of the cycle (automatic and declared), rules on them (a waiver
 * or a dismissal, with a reason) or revokes a ruling, and sets the cycle's policy. Nobody sees another
 * person's declarations except the administrator. Every change is a domain event.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Conflicts {

    private static final String SUBMITTED = "a.status not in ('DRAFT', 'WITHDRAWN')";

    @PersistenceContext
    EntityManager em;

    @Inject
    se.kvalitet.cycles.boundary.Cycles cycles;

    @Inject
    ConflictCheck check;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Organizations organizations;

    @Inject
    DomainEvents events;

    @Inject
    JuryWorkspaces jury;

    Clock clock = Clock.systemUTC();

    // ---- the declarant's own

    /** The caller declares a conflict for the cycle, as an examiner or as a juror (their role decides which). */
    @RolesAllowed({Role.EXAMINER_NAME, Role.JURY_NAME})
    public DeclarationView declare(Long cycleId, Declaration declaration) {
        var caller = currentPerson.caller().orElseThrow(() -> new RuleViolation("conflicts.signInRequired"));
        requireCycle(cycleId);
        if (declaration == null) {
            throw new RuleViolation("conflicts.declare.reasonRequired");
        }
        ActingAs actingAs = parse(ActingAs.class, declaration.actingAs(), "conflicts.declare.actingAsRequired");
        if (actingAs == ActingAs.EXAMINER && !caller.has(Role.EXAMINER)
                || actingAs == ActingAs.JUROR && !caller.has(Role.JURY)) {
            throw new RuleViolation("conflicts.declare.notInRole", actingAs);
        }
        ConflictReason reason = parse(ConflictReason.class, declaration.reason(), "conflicts.declare.reasonRequired");
        if (reason.isAutomatic()) {
            throw new RuleViolation("conflicts.declare.automaticReason", reason);
        }
        if (declaration.applicationId() != null && applications(cycleId, List.of(declaration.applicationId())).isEmpty()) {
            throw new NotFound("conflicts.application.notFound", declaration.applicationId());
        }
        if (declaration.unitId() != null && organizations.unit(declaration.unitId()).isEmpty()) {
            throw new NotFound("conflicts.unit.notFound", declaration.unitId());
        }
        if (declaration.administrationId() != null && organizations.administration(declaration.administrationId()).isEmpty()) {
            throw new NotFound("conflicts.administration.notFound", declaration.administrationId());
        }
        if (declaration.endedOn() != null && reason != ConflictReason.FORMER_EMPLOYMENT) {
            throw new RuleViolation("conflicts.declare.endedOnOnlyFormer");
        }
        var declared = new DeclaredConflict(cycleId, caller.id(), actingAs, declaration.unitId(),
                declaration.administrationId(), declaration.applicationId(), reason, declaration.explanation(),
                declaration.endedOn(), caller.email(), clock.instant());
        em.persist(declared);
        em.flush();
        events.record("ConflictDeclared", "DeclaredConflict", declared.getId(),
                "cycle=" + cycleId + ";as=" + actingAs + ";reason=" + reason);
        return views(List.of(declared)).get(0);
    }

    /** The caller's own declarations for the cycle, withdrawn ones too (newest first). */
    @RolesAllowed({Role.EXAMINER_NAME, Role.JURY_NAME})
    public List<DeclarationView> mine(Long cycleId) {
        var caller = currentPerson.caller();
        if (caller.isEmpty() || cycleId == null) {
            return List.of();
        }
        return views(em.createQuery("select d from DeclaredConflict d where d.cycleId = :c and d.personId = :p "
                        + "order by d.declaredAt desc, d.id desc", DeclaredConflict.class)
                .setParameter("c", cycleId).setParameter("p", caller.get().id()).getResultList());
    }

    /** The caller withdraws one of their own declarations; another person's is not found. */
    @RolesAllowed({Role.EXAMINER_NAME, Role.JURY_NAME})
    public DeclarationView withdraw(Long declarationId, long expectedVersion) {
        var caller = currentPerson.caller().orElseThrow(() -> new RuleViolation("conflicts.signInRequired"));
        var declared = Optional.ofNullable(declarationId == null ? null : em.find(DeclaredConflict.class, declarationId))
                .filter(d -> d.getPersonId().equals(caller.id()))
                .orElseThrow(() -> new NotFound("conflicts.declaration.notFound", declarationId));
        if (declared.getVersion() != expectedVersion) {
            throw new RuleViolation("conflicts.stale");
        }
        declared.withdraw(clock.instant());
        flush();
        events.record("ConflictWithdrawn", "DeclaredConflict", declarationId, null);
        return views(List.of(declared)).get(0);
    }

    /**
     * The cycle's submitted applications, to declare a conflict with one (registration number, unit). None for a
     * juror while blind mode hides the units: id and unit side by side would undo it (the workspace's codes are
     * tied to ids elsewhere); they declare against the unit or administration instead.
     */
    @RolesAllowed({Role.EXAMINER_NAME, Role.JURY_NAME, Role.ADMIN_NAME})
    public List<ApplicationChoice> applicationChoices(Long cycleId) {
        if (cycleId == null) {
            return List.of();
        }
        boolean juror = currentPerson.caller().map(c -> c.has(Role.JURY)).orElse(false);
        if (juror && jury.namesHiddenFromCaller(cycleId)) {
            return List.of();
        }
        return applications(cycleId, null);
    }

    // ---- the administrator's view

    /**
     * Every conflict of the cycle's examiners (active records), jurors and anybody who declared one: automatic
     * and declared, with the ruling in force. A handful of statements whatever the numbers.
     */
    public List<ConflictRow> inCycle(Long cycleId) {
        requireCycle(cycleId);
        List<Long> persons = ids(em.createNativeQuery("select person_id from examiner_profile where cycle_id = ? and active = true "
                        + "union select person_id from person_role where role = 'JURY' "
                        + "union select person_id from declared_conflict where cycle_id = ?")
                .setParameter(1, cycleId).setParameter(2, cycleId).getResultList());
        var conflicts = check.inCycle(cycleId, persons);
        if (conflicts.isEmpty()) {
            return List.of();
        }
        var people = people(cycleId, conflicts.stream().map(Conflict::personId).collect(Collectors.toSet()));
        var applications = applications(cycleId, conflicts.stream().map(Conflict::applicationId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ApplicationChoice::id, a -> a));
        var rulings = new HashMap<String, ConflictRuling>();
        em.createQuery("select r from ConflictRuling r where r.cycleId = :c and r.revokedAt is null order by r.id",
                        ConflictRuling.class).setParameter("c", cycleId).getResultStream()
                .forEach(r -> rulings.put(r.getPersonId() + ":" + r.getApplicationId(), r));
        return conflicts.stream().map(c -> {
            Object[] person = people.getOrDefault(c.personId(), new Object[] {c.personId(), "", "", 0, 0});
            var application = applications.get(c.applicationId());
            var ruling = rulings.get(c.personId() + ":" + c.applicationId());
            return new ConflictRow(c.personId(), (String) person[1], (String) person[2],
                    ((Number) person[3]).intValue() > 0, ((Number) person[4]).intValue() > 0, c.applicationId(),
                    application == null ? null : application.registrationNumber(),
                    application == null ? null : application.unitName(),
                    c.reasons().stream().map(Enum::name).toList(),
                    ruling == null ? null : ruling.getId(), ruling == null ? null : ruling.getKind().name(),
                    ruling == null ? null : ruling.getReason(), ruling == null ? 0 : ruling.getVersion());
        }).sorted((a, b) -> {
            int byName = String.CASE_INSENSITIVE_ORDER.compare(a.fullName(), b.fullName());
            return byName != 0 ? byName : Long.compare(a.applicationId(), b.applicationId());
        }).toList();
    }

    /** A waiver or dismissal for a pair that has a conflict; a reason is required, one ruling in force at a time. */
    public RulingView rule(Long cycleId, Long personId, Long applicationId, String kind, String reason) {
        requireCycle(cycleId);
        RulingKind rulingKind = parse(RulingKind.class, kind, "conflicts.ruling.kindRequired");
        if (personId == null || applicationId == null || check.inCycle(cycleId, List.of(personId)).stream()
                .noneMatch(c -> c.applicationId() == applicationId)) {
            throw new RuleViolation("conflicts.ruling.noConflict");
        }
        boolean inForce = !em.createQuery("select r.id from ConflictRuling r where r.personId = :p "
                        + "and r.applicationId = :a and r.revokedAt is null", Long.class)
                .setParameter("p", personId).setParameter("a", applicationId).getResultList().isEmpty();
        if (inForce) {
            throw new RuleViolation("conflicts.ruling.alreadyInForce");
        }
        var ruling = new ConflictRuling(cycleId, personId, applicationId, rulingKind, reason, callerName(),
                clock.instant());
        em.persist(ruling);
        em.flush();
        events.record("ConflictRuled", "ConflictRuling", ruling.getId(),
                "person=" + personId + ";application=" + applicationId + ";kind=" + rulingKind);
        return view(ruling);
    }

    /** Revokes a ruling in force: the conflict blocks again. */
    public RulingView revokeRuling(Long rulingId, long expectedVersion) {
        var ruling = Optional.ofNullable(rulingId == null ? null : em.find(ConflictRuling.class, rulingId))
                .orElseThrow(() -> new NotFound("conflicts.ruling.notFound", rulingId));
        if (ruling.getVersion() != expectedVersion) {
            throw new RuleViolation("conflicts.stale");
        }
        ruling.revoke(callerName(), clock.instant());
        flush();
        events.record("ConflictRulingRevoked", "ConflictRuling", rulingId, null);
        return view(ruling);
    }

    public List<RulingView> rulings(Long cycleId) {
        return em.createQuery("select r from ConflictRuling r where r.cycleId = :c order by r.id", ConflictRuling.class)
                .setParameter("c", cycleId).getResultStream().map(Conflicts::view).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.EXAMINER_NAME, Role.JURY_NAME})
    public PolicyView policy(Long cycleId) {
        requireCycle(cycleId);
        return view(check.policy(cycleId));
    }

    /** Changes the cycle's policy as the administrator saw it (version 0: the defaults, never saved). */
    public PolicyView changePolicy(Long cycleId, long expectedVersion, boolean ownAdministration, int lookbackYears) {
        requireCycle(cycleId);
        var policy = em.find(ConflictPolicy.class, cycleId);
        long current = policy == null ? 0 : policy.getVersion();
        if (current != expectedVersion) {
            throw new RuleViolation("conflicts.stale");
        }
        if (policy == null) {
            policy = new ConflictPolicy(cycleId);
            policy.change(ownAdministration, lookbackYears);
            em.persist(policy);
        } else {
            policy.change(ownAdministration, lookbackYears);
        }
        flush();
        events.record("ConflictPolicyChanged", "AwardCycle", cycleId,
                "ownAdministration=" + ownAdministration + ";lookbackYears=" + lookbackYears);
        return view(policy);
    }

    // ---- helpers

    private static PolicyView view(ConflictPolicy p) {
        return new PolicyView(p.getCycleId(), p.isOwnUnit(), p.isOwnAdministration(), p.getLookbackYears(), p.getVersion());
    }

    private static RulingView view(ConflictRuling r) {
        return new RulingView(r.getId(), r.getCycleId(), r.getPersonId(), r.getApplicationId(), r.getKind().name(),
                r.getReason(), r.getDecidedAt(), r.getDecidedBy(), r.getRevokedAt(), r.getRevokedBy(), r.getVersion());
    }

    /** Declarations with the names of their targets: units and administrations in one call each. */
    private List<DeclarationView> views(List<DeclaredConflict> declared) {
        if (declared.isEmpty()) {
            return List.of();
        }
        var units = organizations.unitSummaries(declared.stream().map(DeclaredConflict::getUnitId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        var administrations = organizations.administrationSummaries(declared.stream()
                .map(DeclaredConflict::getAdministrationId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        var applicationIds = declared.stream().map(DeclaredConflict::getApplicationId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        var applications = applicationIds.isEmpty() ? Map.<Long, ApplicationChoice>of()
                : applications(declared.get(0).getCycleId(), applicationIds).stream()
                .collect(Collectors.toMap(ApplicationChoice::id, a -> a));
        return declared.stream().map(d -> {
            var unit = d.getUnitId() == null ? null : units.get(d.getUnitId());
            var administration = d.getAdministrationId() == null ? null : administrations.get(d.getAdministrationId());
            var application = d.getApplicationId() == null ? null : applications.get(d.getApplicationId());
            return new DeclarationView(d.getId(), d.getCycleId(), d.getPersonId(), d.getActingAs().name(),
                    d.getUnitId(), unit == null ? null : unit.name(), d.getAdministrationId(),
                    administration == null ? null : administration.name(), d.getApplicationId(),
                    application == null ? null : application.label(), d.getReason().name(), d.getExplanation(),
                    d.getEndedOn(), d.getDeclaredAt(), d.getWithdrawnAt(), d.getVersion());
        }).toList();
    }

    /** Submitted applications of the cycle (all, or those with the given ids), by registration number. */
    private List<ApplicationChoice> applications(Long cycleId, Collection<Long> ids) {
        String only = ids == null ? "" : " and a.id in (" + ids.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select a.id, a.registration_number, u.name, ad.name from application a "
                        + "join unit u on u.id = a.unit_id join administration ad on ad.id = u.administration_id "
                        + "where a.cycle_id = ? and " + SUBMITTED + only + " order by a.registration_number, a.id")
                .setParameter(1, cycleId).getResultList();
        var choices = new ArrayList<ApplicationChoice>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            choices.add(new ApplicationChoice(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
        }
        return choices;
    }

    /** id, name, e-mail, has an active examiner record this cycle, is a juror. */
    private Map<Long, Object[]> people(Long cycleId, Set<Long> ids) {
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        var people = new HashMap<Long, Object[]>();
        em.createNativeQuery("select p.id, p.full_name, p.email, "
                        + "(select count(*) from examiner_profile ep where ep.person_id = p.id and ep.cycle_id = ? and ep.active = true), "
                        + "(select count(*) from person_role r where r.person_id = p.id and r.role = 'JURY') "
                        + "from person p where p.id in (" + list + ")").setParameter(1, cycleId).getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    people.put(((Number) r[0]).longValue(), r);
                });
        return people;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).distinct().toList();
    }

    private String callerName() {
        return currentPerson.caller().map(CurrentPerson.Caller::email).orElse("system");
    }

    private void requireCycle(Long cycleId) {
        if (!cycles.exists(cycleId)) {
            throw new NotFound("conflicts.cycle.notFound", cycleId);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(key);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation(key);
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation("conflicts.stale");
        }
    }
}
