package se.kvalitet.examiners.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.examiners.control.Deviations;
import se.kvalitet.examiners.entity.CalibrationExercise;
import se.kvalitet.examiners.entity.CalibrationScoring;
import se.kvalitet.examiners.entity.ReferenceScore;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * Calibration exercises. Administrators set one up for a cycle (a case written for the day, or an earlier
 * application whose consensus is closed: its answers become the case and its agreed scores the reference), follow
 * everyone's deviations and close it. An examiner with a record in the exercise's cycle scores it alone (a draft,
 * then submitted and read-only) and only then sees the reference and their own deviation per criterion; the
 * group's spread (never anyone else's scores or name) once the administrator has closed the exercise, so the
 * calibration day's discussion starts from the whole group. Anyone else, and an examiner of another year, gets
 * "not found". The scores live in the exercise's own tables and are never read by scoring, consensus or the jury.
 */
@Stateless
@RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
public class Calibrations {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Cycles cycles;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    People people;

    @Inject
    ConsensusResults consensus;

    @Inject
    Applications applications;

    @Inject
    DomainEvents events;

    Clock clock = Clock.systemUTC();

    // ---- administrators

    @RolesAllowed(Role.ADMIN_NAME)
    public CalibrationView create(Long cycleId, CalibrationDraft draft) {
        requireCycle(cycleId);
        if (draft == null || draft.criteria() == null) {
            throw new RuleViolation("examiners.calibration.criteria", CalibrationExercise.MAX_CRITERIA);
        }
        var references = draft.criteria().stream().map(r -> new ReferenceScore(code(r.code()), text(r.title()),
                r.referenceValue())).toList();
        return persist(new CalibrationExercise(cycleId, draft.title(), draft.caseText(), null, draft.scaleMax(), references,
                clock.instant()));
    }

    /**
     * An exercise from an earlier application: its answers per criterion become the case, the values of its closed
     * consensus (after a site visit the adjusted ones) the reference. Refused while that consensus is open.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public CalibrationView createFromApplication(Long cycleId, Long applicationId, String title, int scaleMax) {
        requireCycle(cycleId);
        var result = consensus.of(applicationId).filter(r -> r.closed())
                .orElseThrow(() -> new RuleViolation("examiners.calibration.consensusNotClosed"));
        var application = applications.view(applicationId);
        var answers = application.answers().stream()
                .collect(Collectors.toMap(a -> a.code(), a -> a.text() == null ? "" : a.text(), (a, b) -> a));
        var caseText = new StringBuilder();
        var references = new ArrayList<ReferenceScore>();
        for (var criterion : result.criteria()) {
            caseText.append(criterion.code()).append(' ').append(criterion.title()).append("\n\n")
                    .append(answers.getOrDefault(criterion.code(), "")).append("\n\n");
            references.add(new ReferenceScore(code(criterion.code()), text(criterion.title()), criterion.value()));
        }
        String name = title == null || title.isBlank() ? application.cycleName() + " – " + application.competitionClassName() : title;
        return persist(new CalibrationExercise(cycleId, name, caseText.toString().strip(), applicationId, scaleMax, references,
                clock.instant()));
    }

    /** Ends the scoring; the examiners who submitted now see the group's spread. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CalibrationView close(Long id, long expectedVersion) {
        var exercise = exercise(id);
        if (exercise.getVersion() != expectedVersion) {
            throw new RuleViolation("examiners.stale");
        }
        exercise.close(clock.instant());
        flush();
        events.record("CalibrationClosed", "CalibrationExercise", id, null);
        return view(exercise, true);
    }

    /** Every examiner's scores and deviations by name, drafts included (marked), and the spread of the submitted ones. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CalibrationReport report(Long id) {
        var exercise = exercise(id);
        var references = references(exercise);
        var examiners = new ArrayList<CalibrationReport.Examiner>();
        var submitted = new ArrayList<List<Integer>>();
        for (var scoring : scorings(id)) {
            var scores = scoring.values(references.size());
            var deviations = Deviations.of(scores, references);
            if (scoring.isSubmitted()) {
                submitted.add(deviations);
            }
            String name = people.account(scoring.getPersonId()).map(People.AccountRow::fullName).orElse("");
            examiners.add(new CalibrationReport.Examiner(scoring.getPersonId(), name, scoring.isSubmitted(), scores,
                    deviations, Deviations.meanAbsolute(deviations)));
        }
        examiners.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.fullName(), b.fullName()));
        return new CalibrationReport(id, exercise.getTitle(), criteria(exercise, true), examiners,
                CalibrationView.Spread.of(Deviations.spread(submitted, references.size())));
    }

    // ---- everyone allowed: administrators and the cycle's examiners

    /** The cycle's exercises: all for administrators, for an examiner only with a record in the cycle. */
    public List<CalibrationSummary> inCycle(Long cycleId) {
        requireCycle(cycleId);
        Long me = me();
        if (!admin() && !hasRecord(cycleId, me)) {
            return List.of();
        }
        return em.createQuery("select e from CalibrationExercise e where e.cycleId = :c order by e.createdAt desc, e.id desc",
                CalibrationExercise.class).setParameter("c", cycleId).getResultStream().map(e -> {
                    var scorings = scorings(e.getId());
                    return new CalibrationSummary(e.getId(), e.getCycleId(), e.getTitle(), e.getReferences().size(),
                            e.isClosed(), (int) scorings.stream().filter(CalibrationScoring::isSubmitted).count(),
                            scorings.stream().anyMatch(s -> s.getPersonId().equals(me) && s.isSubmitted()));
                }).toList();
    }

    public CalibrationView view(Long id) {
        return view(reachable(id), admin());
    }

    /** Saves the caller's draft scores (null: not scored yet) on the version they saw (-1 before the first save). */
    public CalibrationView saveMine(Long id, long expectedVersion, List<Integer> scores) {
        var exercise = scorable(id);
        exercise.requireOnScale(scores);
        var scoring = mine(exercise.getId(), expectedVersion).orElseGet(() -> {
            var created = new CalibrationScoring(exercise.getId(), me(), clock.instant());
            em.persist(created);
            return created;
        });
        scoring.score(scores, clock.instant());
        flush();
        return view(exercise, admin());
    }

    /** Submits the caller's scores: every criterion scored; read-only afterwards, and the reference is shown. */
    public CalibrationView submitMine(Long id, long expectedVersion) {
        var exercise = scorable(id);
        var scoring = mine(exercise.getId(), expectedVersion)
                .orElseThrow(() -> new RuleViolation("examiners.calibration.scoresIncomplete"));
        scoring.submit(exercise.getReferences().size(), clock.instant());
        flush();
        events.record("CalibrationSubmitted", "CalibrationExercise", id, "person=" + me());
        return view(exercise, admin());
    }

    // ---- the rule

    private CalibrationView view(CalibrationExercise exercise, boolean admin) {
        var references = references(exercise);
        var scorings = scorings(exercise.getId());
        Long me = me();
        var mine = scorings.stream().filter(s -> s.getPersonId().equals(me)).findFirst();
        boolean submitted = mine.map(CalibrationScoring::isSubmitted).orElse(false);
        var myScores = mine.map(s -> s.values(references.size())).orElse(java.util.Collections.nCopies(references.size(), null));
        List<Integer> myDeviations = submitted || (admin && mine.isPresent()) ? Deviations.of(myScores, references) : null;
        List<CalibrationView.Spread> spread = null;
        if (admin || (submitted && exercise.isClosed())) {
            spread = CalibrationView.Spread.of(Deviations.spread(scorings.stream().filter(CalibrationScoring::isSubmitted)
                    .map(s -> Deviations.of(s.values(references.size()), references)).toList(), references.size()));
        }
        return new CalibrationView(exercise.getId(), exercise.getCycleId(), exercise.getTitle(), exercise.getCaseText(),
                exercise.getSourceApplicationId(), exercise.getScaleMax(), exercise.isClosed(),
                criteria(exercise, admin || submitted), myScores, submitted, mine.map(CalibrationScoring::getVersion).orElse(-1L),
                myDeviations, myDeviations == null ? null : Deviations.meanAbsolute(myDeviations), spread,
                (int) scorings.stream().filter(CalibrationScoring::isSubmitted).count(),
                !exercise.isClosed() && !submitted && hasRecord(exercise.getCycleId(), me), exercise.getVersion());
    }

    /** The exercise if the caller may see it: administrators any, an examiner those of a cycle they have a record in. */
    private CalibrationExercise reachable(Long id) {
        var exercise = exercise(id);
        if (!admin() && !hasRecord(exercise.getCycleId(), me())) {
            throw new NotFound("examiners.calibration.notFound", id);
        }
        return exercise;
    }

    /** Only someone with an examiner record in the cycle scores, and only while the exercise is open. */
    private CalibrationExercise scorable(Long id) {
        var exercise = reachable(id);
        if (!hasRecord(exercise.getCycleId(), me())) {
            throw new RuleViolation("examiners.calibration.noRecord");
        }
        if (exercise.isClosed()) {
            throw new RuleViolation("examiners.calibration.closed");
        }
        return exercise;
    }

    private Optional<CalibrationScoring> mine(Long exerciseId, long expectedVersion) {
        var scoring = em.createQuery("select s from CalibrationScoring s where s.exerciseId = :e and s.personId = :p",
                CalibrationScoring.class).setParameter("e", exerciseId).setParameter("p", me()).getResultStream().findFirst();
        long actual = scoring.map(CalibrationScoring::getVersion).orElse(-1L);
        if (actual != expectedVersion) {
            throw new RuleViolation("examiners.stale");
        }
        return scoring;
    }

    private List<CalibrationScoring> scorings(Long exerciseId) {
        return em.createQuery("select s from CalibrationScoring s where s.exerciseId = :e order by s.id", CalibrationScoring.class)
                .setParameter("e", exerciseId).getResultList();
    }

    private boolean hasRecord(Long cycleId, Long personId) {
        return personId != null && !em.createQuery("select p.id from ExaminerProfile p where p.cycleId = :c and p.personId = :p "
                + "and p.active = true", Long.class).setParameter("c", cycleId).setParameter("p", personId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static List<Integer> references(CalibrationExercise exercise) {
        return exercise.getReferences().stream().map(ReferenceScore::getReferenceValue).toList();
    }

    private static List<CalibrationView.Criterion> criteria(CalibrationExercise exercise, boolean withReference) {
        var criteria = new ArrayList<CalibrationView.Criterion>();
        var references = exercise.getReferences();
        for (int i = 0; i < references.size(); i++) {
            var r = references.get(i);
            criteria.add(new CalibrationView.Criterion(i, r.getCode(), r.getTitle(), withReference ? r.getReferenceValue() : null));
        }
        return criteria;
    }

    private CalibrationView persist(CalibrationExercise exercise) {
        em.persist(exercise);
        flush();
        events.record("CalibrationCreated", "CalibrationExercise", exercise.getId(), "cycle=" + exercise.getCycleId()
                + (exercise.getSourceApplicationId() == null ? "" : ";application=" + exercise.getSourceApplicationId()));
        return view(exercise, true);
    }

    private CalibrationExercise exercise(Long id) {
        var exercise = id == null ? null : em.find(CalibrationExercise.class, id);
        if (exercise == null) {
            throw new NotFound("examiners.calibration.notFound", id);
        }
        return exercise;
    }

    private void requireCycle(Long cycleId) {
        if (!cycles.exists(cycleId)) {
            throw new NotFound("examiners.cycle.notFound", cycleId);
        }
    }

    private boolean admin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }

    private Long me() {
        return currentPerson.caller().map(CurrentPerson.Caller::id).orElse(null);
    }

    private static String code(String code) {
        if (code == null || code.isBlank() || code.strip().length() > 20) {
            throw new RuleViolation("examiners.calibration.code");
        }
        return code.strip();
    }

    private static String text(String title) {
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new RuleViolation("examiners.calibration.criterionTitle");
        }
        return title.strip();
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation("examiners.stale");
        }
    }
}
