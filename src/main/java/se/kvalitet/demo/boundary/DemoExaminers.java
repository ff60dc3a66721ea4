package se.kvalitet.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.conflicts.boundary.Conflicts;
import se.kvalitet.conflicts.entity.ActingAs;
import se.kvalitet.conflicts.entity.ConflictReason;
import se.kvalitet.conflicts.entity.DeclaredConflict;
import se.kvalitet.examiners.boundary.ExaminerChange;
import se.kvalitet.examiners.boundary.ExaminerRow;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * The demo's examiner pool: ten examiners, their records last year and this year, last year's committed teams,
 * and this year's conflicts (one declared former employment, one waiver). Last year's records are carried over,
 * as an administrator would, so the demo shows experience growing and training and approval being yearly; one
 * leader's manager has not approved yet, so the register shows a "not ready" examiner.
 */
@Dependent
class DemoExaminers {

    /** An examiner of the demo city; {@code since} is the first cycle year they examined. */
    record Examiner(String email, String name, String administration, Set<String> competences, boolean leader,
                    int yearsBeforeLastYear, boolean newThisYear) {
    }

    static final List<Examiner> POOL = List.of(
            new Examiner("lagledare@kvalitet.demo", "Lena Lagledare", "Utbildningsförvaltningen",
                    Set.of("SCHOOL", "PRESCHOOL"), true, 3, false),
            new Examiner("examinator@kvalitet.demo", "Erik Examinator", "Kulturförvaltningen",
                    Set.of("CULTURE_LEISURE", "SCHOOL"), false, 0, true),
            new Examiner("karin.kvist@kvalitet.demo", "Karin Kvist", "Äldreförvaltningen",
                    Set.of("ELDERLY_CARE", "DISABILITY"), true, 5, false),
            new Examiner("omar.said@kvalitet.demo", "Omar Said", "Söderorts stadsdelsförvaltning",
                    Set.of("SOCIAL_SERVICES", "PRESCHOOL"), true, 2, false),
            new Examiner("pia.lund@kvalitet.demo", "Pia Lund", "Kulturförvaltningen",
                    Set.of("CULTURE_LEISURE", "ADMINISTRATIVE_SUPPORT"), false, 1, false),
            new Examiner("jonas.berg@kvalitet.demo", "Jonas Berg", "Stadens bostadsbolag",
                    Set.of("ADMINISTRATIVE_SUPPORT", "URBAN_ENVIRONMENT", "DISABILITY"), false, 0, false),
            new Examiner("sofia.ek@kvalitet.demo", "Sofia Ek", "Utbildningsförvaltningen",
                    Set.of("SCHOOL", "CULTURE_LEISURE"), false, 1, false),
            new Examiner("ali.hassan@kvalitet.demo", "Ali Hassan", "Äldreförvaltningen",
                    Set.of("ELDERLY_CARE", "SOCIAL_SERVICES"), false, 0, false),
            new Examiner("maja.holm@kvalitet.demo", "Maja Holm", "Söderorts stadsdelsförvaltning",
                    Set.of("PRESCHOOL", "SOCIAL_SERVICES"), false, 0, true),
            new Examiner("nils.strand@kvalitet.demo", "Nils Strand", "Kulturförvaltningen",
                    Set.of("CULTURE_LEISURE", "SCHOOL", "ELDERLY_CARE"), true, 4, false));

    /** Whose manager has not approved this year yet. */
    static final String AWAITING_APPROVAL = "nils.strand@kvalitet.demo";

    @Inject
    People people;

    @Inject
    Examiners examiners;

    @Inject
    Assignments assignments;

    @Inject
    Conflicts conflicts;

    @PersistenceContext
    EntityManager em;

    /** Creates the examiners' accounts; returns person ids by e-mail. */
    Map<String, Long> accounts(Map<String, Long> administrations, char[] password) {
        var ids = new LinkedHashMap<String, Long>();
        for (var examiner : POOL) {
            ids.put(examiner.email(), people.create(examiner.email(), examiner.name(), password,
                    EnumSet.of(Role.EXAMINER, Role.STAFF), null, administrations.get(examiner.administration())).getId());
        }
        return ids;
    }

    /** Last year's register: everybody but this year's new examiners, trained and approved. */
    void lastYearsRegister(Long cycleId, int year, Map<String, Long> ids, Map<String, Long> administrations) {
        for (var examiner : POOL) {
            if (!examiner.newThisYear()) {
                examiners.create(cycleId, ids.get(examiner.email()), change(examiner, administrations,
                        examiner.yearsBeforeLastYear(), LocalDate.of(year, 8, 20), LocalDate.of(year, 6, 1),
                        examiner.leader() ? 3 : 2));
            }
        }
    }

    /** Proposes and commits the quality award's teams of a cycle whose applications have just closed. */
    void commitTeams(Long cycleId) {
        var category = assignments.categories(cycleId).stream()
                .filter(c -> "QUALITY_AWARD".equals(c.award())).findFirst().orElseThrow();
        var proposal = assignments.propose(category.categoryId());
        assignments.commit(proposal.id(), proposal.version());
    }

    /**
     * This year's register: last year's records carried over, then this year's training and approvals (all but
     * one), and the two new examiners.
     */
    void thisYearsRegister(Long cycleId, int year, Map<String, Long> ids, Map<String, Long> administrations) {
        examiners.carryOver(cycleId);
        LocalDate trained = LocalDate.of(year, 8, 19);
        for (ExaminerRow row : examiners.register(cycleId)) {
            var examiner = POOL.stream().filter(e -> e.email().equals(row.email())).findFirst().orElseThrow();
            LocalDate approved = examiner.email().equals(AWAITING_APPROVAL) ? null : LocalDate.of(year, 5, 28);
            examiners.update(row.id(), row.version(), new ExaminerChange(row.unitId(), row.administrationId(), trained,
                    row.yearsOfExperience(), row.earlierAssessments(), row.leaderEligible(), Set.copyOf(row.competences()),
                    examiner.leader() ? 3 : 2, approved == null ? null : "Chef för " + examiner.administration(),
                    approved, approved == null ? "Väntar på chefens godkännande." : null, true));
        }
        for (var examiner : POOL) {
            if (examiner.newThisYear()) {
                examiners.create(cycleId, ids.get(examiner.email()), change(examiner, administrations, 0, trained,
                        LocalDate.of(year, 5, 28), 2));
            }
        }
    }

    /**
     * This year's conflicts beyond the organisation tree: Erik declared that he worked at the school until two
     * years ago (written directly, since a declaration is the examiner's own act and the demo loader is nobody),
     * and Lena has a waiver for a preschool in her large administration.
     */
    void thisYearsConflicts(Long cycleId, int year, Map<String, Long> ids, Long schoolId, Long preschoolApplicationId) {
        em.persist(new DeclaredConflict(cycleId, ids.get("examinator@kvalitet.demo"), ActingAs.EXAMINER, schoolId,
                null, null, ConflictReason.FORMER_EMPLOYMENT, "Lärare på skolan fram till för två år sedan.",
                LocalDate.of(year - 2, 6, 15), "examinator@kvalitet.demo", Clock.systemUTC().instant()));
        em.flush();
        conflicts.rule(cycleId, ids.get("lagledare@kvalitet.demo"), preschoolApplicationId, "WAIVER",
                "Utbildningsförvaltningen är stor och Lena har aldrig arbetat med förskolan; godkänt av "
                        + "utmärkelsens styrgrupp.");
    }

    private static ExaminerChange change(Examiner examiner, Map<String, Long> administrations, int years,
                                         LocalDate trained, LocalDate approved, int capacity) {
        return new ExaminerChange(null, administrations.get(examiner.administration()), trained, years, years * 2,
                examiner.leader(), examiner.competences(), capacity, "Chef för " + examiner.administration(), approved,
                null, true);
    }
}
