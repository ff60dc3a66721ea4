package se.kvalitet.examiners.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvalitet.examiners.control.ExaminerCsv;
import se.kvalitet.examiners.entity.ExaminerProfile;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;
import se.kvalitet.organizations.boundary.Organizations.UnitSummary;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.security.Role;

/**
 * The examiner register (examinatorsregister): one record per person and cycle. Administrators keep it (by
 * hand, by CSV import, or by carrying last cycle's records over); an examiner reads their own record and may
 * change only their availability notes. Every change names the version the writer saw; a stale one is
 * refused ({@code examiners.stale}) and nothing is saved.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Examiners {

    @Inject
    se.kvalitet.cycles.boundary.Cycles cycles;

    /** Offered by the assignments component, which builds on this one (see {@link TeamSeats}). */
    @Inject
    jakarta.enterprise.inject.Instance<TeamSeats> seats;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    DomainEvents events;

    Clock clock = Clock.systemUTC();

    // ---- the administrator's register

    /** The cycle's register, by name: two statements whatever its size. */
    public List<ExaminerRow> register(Long cycleId) {
        requireCycle(cycleId);
        var profiles = em.createQuery("select distinct p from ExaminerProfile p left join fetch p.competences "
                + "where p.cycleId = :c", ExaminerProfile.class).setParameter("c", cycleId).getResultList();
        return rows(profiles).stream()
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.fullName(), b.fullName())).toList();
    }

    public Optional<ExaminerRow> record(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ExaminerProfile.class, id))
                .map(p -> rows(List.of(p)).get(0));
    }

    /** A new record for an existing person, who becomes an examiner if they were not one. */
    public ExaminerRow create(Long cycleId, Long personId, ExaminerChange change) {
        requireCycle(cycleId);
        if (personId == null || people.account(personId).isEmpty()) {
            throw new NotFound("examiners.person.notFound", personId);
        }
        if (find(cycleId, personId).isPresent()) {
            throw new RuleViolation("examiners.exists");
        }
        var profile = new ExaminerProfile(cycleId, personId, clock.instant());
        apply(profile, change);
        people.grantRole(personId, Role.EXAMINER);
        em.persist(profile);
        flush();
        events.record("ExaminerRecorded", "ExaminerProfile", profile.getId(), "cycle=" + cycleId + ";person=" + personId);
        return rows(List.of(profile)).get(0);
    }

    /** Changes a record as the administrator saw it at {@code expectedVersion}. */
    public ExaminerRow update(Long id, long expectedVersion, ExaminerChange change) {
        var profile = profile(id, expectedVersion);
        apply(profile, change);
        profile.touched(clock.instant());
        flush();
        events.record("ExaminerChanged", "ExaminerProfile", id, profile.isActive() ? null : "inactive");
        return rows(List.of(profile)).get(0);
    }

    /**
     * Records the training day and/or the manager's approval day on many records of the cycle at once (the
     * examiners carried over from last year start without both), all or nothing: every record is taken at the
     * version the administrator saw ({@code versions}: record id to version). Returns how many changed.
     */
    public int recordTrainingAndApproval(Long cycleId, java.util.Map<Long, Long> versions, LocalDate trainedOn,
                                         LocalDate approvedOn) {
        requireCycle(cycleId);
        if (versions == null || versions.isEmpty()) {
            throw new RuleViolation("examiners.bulk.noneSelected");
        }
        if (trainedOn == null && approvedOn == null) {
            throw new RuleViolation("examiners.bulk.nothing");
        }
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Stockholm")));
        var changed = new java.util.ArrayList<ExaminerProfile>();
        for (var selected : versions.entrySet()) {
            var profile = profile(selected.getKey(), selected.getValue() == null ? -1 : selected.getValue());
            if (!profile.getCycleId().equals(cycleId)) {
                throw new NotFound("examiners.notFound", selected.getKey());
            }
            try {
                profile.recordTrainingAndApproval(trainedOn, approvedOn, today);
            } catch (RuleViolation refused) {
                // name the examiner: the administrator chose many at once
                throw new RuleViolation(refused.getMessageKey() + ".named", rows(List.of(profile)).get(0).fullName());
            }
            profile.touched(clock.instant());
            changed.add(profile);
        }
        flush();
        changed.forEach(p -> events.record("ExaminerTrainingRecorded", "ExaminerProfile", p.getId(),
                "trained=" + trainedOn + ";approved=" + approvedOn));
        return changed.size();
    }

    /** The examiner takes no part this cycle: kept on record, never proposed for a team. */
    public ExaminerRow deactivate(Long id, long expectedVersion) {
        var profile = profile(id, expectedVersion);
        profile.setActive(false);
        profile.touched(clock.instant());
        flush();
        events.record("ExaminerDeactivated", "ExaminerProfile", id, null);
        return rows(List.of(profile)).get(0);
    }

    /**
     * Copies the newest earlier cycle's active records into this one, for people without a record here yet:
     * a year more experience, this year's teams added to the earlier assessments, training and the manager's
     * approval cleared (they are yearly). Returns how many were copied.
     */
    public int carryOver(Long toCycleId) {
        requireCycle(toCycleId);
        Set<Long> withRecords = em.createQuery("select distinct p.cycleId from ExaminerProfile p", Long.class)
                .getResultStream().collect(Collectors.toSet());
        Long fromCycleId = cycles.earlierThan(toCycleId).stream().filter(withRecords::contains).findFirst()
                .orElseThrow(() -> new RuleViolation("examiners.carryOver.nothing"));
        Map<Long, Integer> teams = seats.isResolvable() ? seats.get().seatsPerExaminer(fromCycleId) : Map.of();
        Set<Long> already = em.createQuery("select p.personId from ExaminerProfile p where p.cycleId = :c", Long.class)
                .setParameter("c", toCycleId).getResultStream().collect(Collectors.toSet());
        var old = em.createQuery("select distinct p from ExaminerProfile p left join fetch p.competences "
                + "where p.cycleId = :c and p.active = true", ExaminerProfile.class)
                .setParameter("c", fromCycleId).getResultList();
        Instant now = clock.instant();
        int copied = 0;
        for (var profile : old) {
            if (!already.contains(profile.getPersonId())) {
                em.persist(profile.carriedOver(toCycleId, teams.getOrDefault(profile.getPersonId(), 0), now));
                copied++;
            }
        }
        em.flush();
        events.record("ExaminersCarriedOver", "AwardCycle", toCycleId, "from=" + fromCycleId + ";count=" + copied);
        return copied;
    }

    // ---- the examiner's own record

    /** The caller's own record for the cycle, if they have one. */
    @RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
    public Optional<ExaminerRow> mine(Long cycleId) {
        var caller = currentPerson.caller();
        if (caller.isEmpty() || cycleId == null) {
            return Optional.empty();
        }
        return find(cycleId, caller.get().id()).map(p -> rows(List.of(p)).get(0));
    }

    /** The examiner changes their own availability notes (nothing else of their record). */
    @RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
    public ExaminerRow changeMyNotes(Long cycleId, long expectedVersion, String notes) {
        var caller = currentPerson.caller().orElseThrow(() -> new RuleViolation("examiners.signInRequired"));
        var profile = find(cycleId, caller.id()).orElseThrow(() -> new NotFound("examiners.mine.none"));
        if (profile.getVersion() != expectedVersion) {
            throw new RuleViolation("examiners.stale");
        }
        profile.setAvailabilityNotes(notes == null || notes.isBlank() ? null : notes.strip());
        profile.requireConsistent();
        profile.touched(clock.instant());
        flush();
        events.record("ExaminerNotesChanged", "ExaminerProfile", profile.getId(), null);
        return rows(List.of(profile)).get(0);
    }

    // ---- CSV import

    /** Checks the file and tells what importing it would do; writes nothing. */
    public ImportReport preview(Long cycleId, String csv) {
        requireCycle(cycleId);
        return plan(cycleId, csv).report(false);
    }

    /**
     * Imports the file: all or nothing. When any row is bad nothing is written and the report lists every
     * bad row; otherwise unknown people get an account (without password) and every row a record.
     */
    public ImportReport importCsv(Long cycleId, String csv) {
        requireCycle(cycleId);
        var plan = plan(cycleId, csv);
        if (!plan.errors.isEmpty()) {
            return plan.report(false);
        }
        Instant now = clock.instant();
        for (var step : plan.steps) {
            var row = step.row;
            Long personId = step.personId;
            if (personId == null) {
                personId = people.createAccount(new People.AccountChange(row.name(), row.email(), Set.of(Role.EXAMINER),
                        step.unitId, step.administrationId, "sv", true), null, null).id();
            } else {
                people.grantRole(personId, Role.EXAMINER);
            }
            var profile = step.profile != null ? step.profile : new ExaminerProfile(cycleId, personId, now);
            fill(profile, row, plan.parsed, step);
            profile.requireConsistent();
            if (step.profile == null) {
                em.persist(profile);
            } else {
                profile.touched(now);
            }
        }
        flush();
        events.record("ExaminersImported", "AwardCycle", cycleId, "rows=" + plan.steps.size()
                + ";new=" + plan.report(false).count(ImportReport.Action.NEW_ACCOUNT));
        return plan.report(true);
    }

    private static void fill(ExaminerProfile profile, ExaminerCsv.Row row, ExaminerCsv.Parsed parsed, Step step) {
        if (parsed.has(ExaminerCsv.UNIT) || parsed.has(ExaminerCsv.ADMINISTRATION)) {
            profile.setUnitId(step.unitId);
            profile.setAdministrationId(step.administrationId);
        }
        if (parsed.has(ExaminerCsv.TRAINED_ON)) {
            profile.setTrainedOn(row.trainedOn());
        }
        if (parsed.has(ExaminerCsv.YEARS)) {
            profile.setYearsOfExperience(row.years());
        }
        if (parsed.has(ExaminerCsv.EARLIER)) {
            profile.setEarlierAssessments(row.earlierAssessments());
        }
        if (parsed.has(ExaminerCsv.LEADER)) {
            profile.setLeaderEligible(row.leader());
        }
        if (parsed.has(ExaminerCsv.COMPETENCES)) {
            profile.setCompetences(row.competences());
        }
        if (parsed.has(ExaminerCsv.CAPACITY)) {
            profile.setCapacity(row.capacity());
        }
        if (parsed.has(ExaminerCsv.MANAGER)) {
            profile.setManagerName(row.manager());
        }
        if (parsed.has(ExaminerCsv.APPROVED_ON)) {
            profile.setManagerApprovedOn(row.approvedOn());
        }
        if (parsed.has(ExaminerCsv.NOTES)) {
            profile.setAvailabilityNotes(row.notes());
        }
        profile.setActive(true);
    }

    /** One good row resolved against the database: who, where, and the record to update if there is one. */
    private static final class Step {
        ExaminerCsv.Row row;
        Long personId;
        Long unitId;
        Long administrationId;
        String unitName;
        String administrationName;
        ExaminerProfile profile;
    }

    private final class Plan {
        ExaminerCsv.Parsed parsed;
        final List<Step> steps = new ArrayList<>();
        final List<ImportReport.Error> errors = new ArrayList<>();

        ImportReport report(boolean committed) {
            var lines = steps.stream().map(s -> new ImportReport.Line(s.row.line(), s.row.email(), s.row.name(),
                    s.administrationName, s.unitName,
                    s.personId == null ? ImportReport.Action.NEW_ACCOUNT
                            : s.profile == null ? ImportReport.Action.NEW_RECORD : ImportReport.Action.UPDATE,
                    s.row.trainedOn(), s.row.years(), s.row.earlierAssessments(), s.row.leader(),
                    List.copyOf(s.row.competences()), s.row.capacity(), s.row.manager(), s.row.approvedOn())).toList();
            var sorted = errors.stream().sorted((a, b) -> Integer.compare(a.line(), b.line())).toList();
            return new ImportReport(lines, sorted, committed && sorted.isEmpty());
        }
    }

    private Plan plan(Long cycleId, String csv) {
        var plan = new Plan();
        plan.parsed = ExaminerCsv.parse(csv, serviceAreaSpellings());
        plan.parsed.errors().forEach(e -> plan.errors.add(new ImportReport.Error(e.line(), e.key(), e.arguments())));
        var rows = plan.parsed.rows();
        if (rows.isEmpty()) {
            return plan;
        }
        Map<String, Long> personIds = people.idsByEmail(rows.stream().map(ExaminerCsv.Row::email).toList());
        Map<Long, ExaminerProfile> existing = personIds.isEmpty() ? Map.of()
                : em.createQuery("select p from ExaminerProfile p where p.cycleId = :c and p.personId in :ids",
                        ExaminerProfile.class).setParameter("c", cycleId).setParameter("ids", personIds.values())
                .getResultStream().collect(Collectors.toMap(ExaminerProfile::getPersonId, Function.identity()));
        var administrations = organizations.administrationSummaries();
        var units = organizations.unitChoices(null);
        for (var row : rows) {
            var step = new Step();
            step.row = row;
            step.personId = personIds.get(row.email());
            step.profile = step.personId == null ? null : existing.get(step.personId);
            int before = plan.errors.size();
            if (step.personId == null && row.name() == null) {
                plan.errors.add(new ImportReport.Error(row.line(), "examiners.import.name.required", List.of(row.email())));
            }
            AdministrationSummary administration = null;
            if (row.administration() != null) {
                administration = administrations.stream().filter(a -> a.name().equalsIgnoreCase(row.administration()))
                        .findFirst().orElse(null);
                if (administration == null) {
                    plan.errors.add(new ImportReport.Error(row.line(), "examiners.import.administration.unknown",
                            List.of(row.administration())));
                }
            }
            if (row.unit() != null) {
                Long inAdministration = administration == null ? null : administration.id();
                var matching = units.stream().filter(u -> u.name().equalsIgnoreCase(row.unit()))
                        .filter(u -> inAdministration == null || inAdministration.equals(u.administrationId())).toList();
                if (matching.size() == 1) {
                    UnitSummary unit = matching.get(0);
                    step.unitId = unit.id();
                    step.unitName = unit.name();
                    step.administrationId = unit.administrationId();
                    step.administrationName = unit.administrationName();
                } else if (row.administration() == null || administration != null) {
                    plan.errors.add(new ImportReport.Error(row.line(), matching.isEmpty()
                            ? "examiners.import.unit.unknown" : "examiners.import.unit.ambiguous", List.of(row.unit())));
                }
            } else if (administration != null) {
                step.administrationId = administration.id();
                step.administrationName = administration.name();
            }
            if (plan.errors.size() == before) {
                plan.steps.add(step);
            }
        }
        return plan;
    }

    /** Every spelling of a service area a file may use: its code and its Swedish and English names. */
    private static Map<String, String> serviceAreaSpellings() {
        var spellings = new HashMap<String, String>();
        for (String code : Organizations.SERVICE_AREAS) {
            spellings.put(code.toLowerCase(Locale.ROOT), code);
            for (Locale locale : Texts.SUPPORTED) {
                spellings.put(Texts.text(locale, "organizations.area." + code).toLowerCase(Locale.ROOT), code);
            }
        }
        return spellings;
    }

    // ---- helpers

    private void apply(ExaminerProfile profile, ExaminerChange change) {
        if (change == null) {
            throw new RuleViolation("examiners.change.required");
        }
        Long administrationId = change.administrationId();
        if (change.unitId() != null) {
            var unit = organizations.unit(change.unitId())
                    .orElseThrow(() -> new RuleViolation("examiners.unit.notFound", change.unitId()));
            if (administrationId != null && !administrationId.equals(unit.administrationId())) {
                throw new RuleViolation("examiners.unit.otherAdministration");
            }
            administrationId = unit.administrationId();
        }
        if (administrationId != null && organizations.administration(administrationId).isEmpty()) {
            throw new RuleViolation("examiners.administration.notFound", administrationId);
        }
        var competences = change.competences() == null ? Set.<String>of() : change.competences();
        for (String competence : competences) {
            if (!Organizations.SERVICE_AREAS.contains(competence)) {
                throw new RuleViolation("examiners.competence.unknown", competence);
            }
        }
        profile.setUnitId(change.unitId());
        profile.setAdministrationId(administrationId);
        profile.setTrainedOn(change.trainedOn());
        profile.setYearsOfExperience(change.yearsOfExperience());
        profile.setEarlierAssessments(change.earlierAssessments());
        profile.setLeaderEligible(change.leaderEligible());
        profile.setCompetences(new TreeSet<>(competences));
        profile.setCapacity(change.capacity());
        profile.setManagerName(blankToNull(change.managerName()));
        profile.setManagerApprovedOn(change.managerApprovedOn());
        profile.setAvailabilityNotes(blankToNull(change.availabilityNotes()));
        profile.setActive(change.active());
        profile.requireConsistent();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Optional<ExaminerProfile> find(Long cycleId, Long personId) {
        return em.createQuery("select p from ExaminerProfile p where p.cycleId = :c and p.personId = :p",
                        ExaminerProfile.class)
                .setParameter("c", cycleId).setParameter("p", personId).getResultStream().findFirst();
    }

    private ExaminerProfile profile(Long id, long expectedVersion) {
        var profile = Optional.ofNullable(id == null ? null : em.find(ExaminerProfile.class, id))
                .orElseThrow(() -> new NotFound("examiners.notFound", id));
        if (profile.getVersion() != expectedVersion) {
            throw new RuleViolation("examiners.stale");
        }
        return profile;
    }

    /** The cycle's year; refuses an unknown cycle. */
    private int requireCycle(Long cycleId) {
        return cycles.yearOf(cycleId).orElseThrow(() -> new NotFound("examiners.cycle.notFound", cycleId));
    }

    /** Writes now, so a concurrent change shows as a refusal and not at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation("examiners.stale");
        }
    }

    /** Rows with names, in one more statement whatever their number. */
    private List<ExaminerRow> rows(Collection<ExaminerProfile> profiles) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        var names = people.namesAndEmails(profiles.stream().map(ExaminerProfile::getPersonId).distinct().toList());
        var units = organizations.unitSummaries(profiles.stream().map(ExaminerProfile::getUnitId)
                .filter(Objects::nonNull).distinct().toList());
        Function<ExaminerProfile, Long> administrationOf = p -> p.getAdministrationId() != null ? p.getAdministrationId()
                : p.getUnitId() != null && units.containsKey(p.getUnitId()) ? units.get(p.getUnitId()).administrationId() : null;
        var administrations = organizations.administrationSummaries(profiles.stream().map(administrationOf)
                .filter(Objects::nonNull).distinct().toList());
        return profiles.stream().map(p -> {
            var name = names.getOrDefault(p.getPersonId(), new People.NameAndEmail("", ""));
            var unit = p.getUnitId() == null ? null : units.get(p.getUnitId());
            Long administrationId = administrationOf.apply(p);
            var administration = administrationId == null ? null : administrations.get(administrationId);
            return new ExaminerRow(p.getId(), p.getCycleId(), p.getPersonId(), name.fullName(),
                    name.email(), p.getUnitId(), unit == null ? null : unit.name(), administrationId,
                    administration == null ? null : administration.name(), p.getTrainedOn(), p.getYearsOfExperience(),
                    p.getEarlierAssessments(), p.isLeaderEligible(), p.isExperienced(),
                    p.getCompetences().stream().sorted().toList(), p.getCapacity(), p.getManagerName(), p.getManagerApprovedOn(),
                    p.getAvailabilityNotes(), p.isActive(), p.isReady(), p.notReadyReasons(), p.getVersion());
        }).filter(Objects::nonNull).toList();
    }
}
