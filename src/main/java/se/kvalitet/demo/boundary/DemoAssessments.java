package se.kvalitet.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.conflicts.entity.ActingAs;
import se.kvalitet.conflicts.entity.ConflictConfirmation;
import se.kvalitet.consensus.entity.ConsensusScore;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.consensus.entity.SiteVisit;
import se.kvalitet.consensus.entity.VisitOutcome;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.feedback.boundary.FeedbackReports;
import se.kvalitet.scoring.entity.Assessment;
import se.kvalitet.scoring.entity.ScoreEntry;

/**
 * Last year's assessment work, so every role has real material to look at: each examiner's submitted (and now
 * locked) individual assessment, with one criterion scored far apart so the consensus sheet shows a flagged
 * criterion; the closed consensus with key themes, sign-offs and a recommendation; a held site visit whose
 * findings adjusted one score; and the feedback reports, released to the units. And this year's work under way,
 * with a team at every stage ({@link #atEveryStage}), so the examiners, the leader and the administrator find
 * something to do.
 *
 * <p>Scoring and consensus are the examiners' own acts, which the boundaries rightly refuse to anybody else, and
 * the demo loader is nobody; so these are written as entities, through their own rules. The reports go through
 * the boundary as the administrator would.
 */
@Dependent
class DemoAssessments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Assignments assignments;

    @Inject
    Applications applications;

    @Inject
    Cycles cycles;

    @Inject
    EvaluationModels models;

    @Inject
    FeedbackReports reports;

    /**
     * Assesses, agrees on and reports every committed team's application of a finished cycle; the site visit was held
     * on {@code visitedOn} (in the year's site-visit phase). The reports are reviewed, not yet released: returns the
     * applications with their reports' versions, for {@link #release} once the year's dates are in place (the
     * released copy is rendered then, with the dates it names).
     */
    java.util.Map<Long, Long> completeCycle(Long cycleId, Long siteVisitApplicationId, LocalDate visitedOn) {
        var reviewed = new java.util.LinkedHashMap<Long, Long>();
        Instant now = Clock.systemUTC().instant();
        for (CommittedTeam team : assignments.committedTeams(cycleId)) {
            confirmNoConflict(cycleId, team, now);
            ModelView model = modelOf(cycleId, team);
            var submitted = new ArrayList<Assessment>();
            for (int member = 0; member < team.members().size(); member++) {
                submitted.add(assess(cycleId, team, member, model, now, true, true));
            }
            Long leaderId = leaderOf(team);
            var sheet = agree(cycleId, team, leaderId, model, submitted, true, now);
            if (team.applicationId().equals(siteVisitApplicationId)) {
                visit(team, leaderId, model, sheet, visitedOn, true, now);
            }
            var report = reports.draft(team.applicationId(), "sv", null);
            report = reports.review(team.applicationId(), report.version());
            reviewed.put(team.applicationId(), report.version());
        }
        return reviewed;
    }

    /** Releases the reviewed reports (application → the report's version). */
    void release(java.util.Map<Long, Long> reviewed) {
        reviewed.forEach((applicationId, version) -> reports.release(applicationId, version));
    }

    /** Where a team of a cycle under way has come to. */
    enum Stage {
        /** Some members still writing: one has a draft to finish, one has not started, the rest submitted. */
        WRITING,
        /** Every member submitted; the leader has not opened the consensus yet. */
        SUBMITTED,
        /** The consensus is open and half worked through: a flagged criterion still to discuss, one sign-off. */
        CONSENSUS_OPEN,
        /** The consensus is closed and a site visit is planned with its questions. */
        VISIT_PLANNED,
        /** The site visit was held, a score adjusted after it, and the feedback report drafted. */
        VISIT_HELD,
        /** The consensus is closed without a visit and the administrator has reviewed the drafted report. */
        REPORT_REVIEWED
    }

    /**
     * This year's committed teams at every stage, so each role has real work in front of it: the team that
     * {@code liveLeaderId} leads has its consensus open (she runs the sheet live), a team with
     * {@code draftingExaminerId} on it is still writing (he has a draft to finish), the others submitted, at a
     * planned or a held site visit, or with a reviewed report. Every member has confirmed having no conflict with
     * their team's application (their own act, written as entities like the assessments). Returns the stage of
     * each team's application.
     */
    java.util.Map<Long, Stage> atEveryStage(Long cycleId, Long liveLeaderId, Long draftingExaminerId) {
        Instant now = Clock.systemUTC().instant();
        var stages = stages(assignments.committedTeams(cycleId), liveLeaderId, draftingExaminerId);
        var byApplication = new java.util.LinkedHashMap<Long, Stage>();
        stages.forEach((team, stage) -> {
            byApplication.put(team.applicationId(), stage);
            confirmNoConflict(cycleId, team, now);
            ModelView model = modelOf(cycleId, team);
            Long leaderId = leaderOf(team);
            if (stage == Stage.WRITING) {
                for (int member = 0; member < team.members().size(); member++) {
                    Long personId = team.members().get(member).personId();
                    boolean drafting = personId.equals(draftingExaminerId)
                            || (member == 1 && !has(team, draftingExaminerId));
                    if (drafting) {
                        em.persist(draft(cycleId, team, member, model, now));
                    } else if (member == 0 || member % 2 == 0) {
                        assess(cycleId, team, member, model, now, true, false);
                    }
                    // the others have not started
                }
                em.flush();
                return;
            }
            var submitted = new ArrayList<Assessment>();
            for (int member = 0; member < team.members().size(); member++) {
                submitted.add(assess(cycleId, team, member, model, now, true, stage != Stage.SUBMITTED));
            }
            switch (stage) {
                case CONSENSUS_OPEN -> underway(cycleId, team, leaderId, model, submitted, now);
                case VISIT_PLANNED, VISIT_HELD -> {
                    boolean held = stage == Stage.VISIT_HELD;
                    var sheet = agree(cycleId, team, leaderId, model, submitted, true, now);
                    applications.selectForSiteVisit(team.applicationId());
                    LocalDate today = LocalDate.now(DemoData.CITY);
                    visit(team, leaderId, model, sheet, held ? today.minusWeeks(3) : today.plusDays(9), held, now);
                    if (held) {
                        // the language follows what the unit's contacts prefer
                        reports.draft(team.applicationId(), null, null);
                    }
                }
                case REPORT_REVIEWED -> {
                    agree(cycleId, team, leaderId, model, submitted, false, now);
                    var report = reports.draft(team.applicationId(), null, null);
                    reports.review(team.applicationId(), report.version());
                }
                default -> {
                    // SUBMITTED: waiting for the leader to open the consensus
                }
            }
        });
        return byApplication;
    }

    /**
     * Which team is at which stage: the live leader's team (one without the drafting examiner if she leads
     * several) has its consensus open, a team with the drafting examiner is writing, the rest take the other
     * stages in order; teams beyond the six stages are still writing.
     */
    static java.util.Map<CommittedTeam, Stage> stages(List<CommittedTeam> teams, Long liveLeaderId,
                                                      Long draftingExaminerId) {
        var stages = new java.util.LinkedHashMap<CommittedTeam, Stage>();
        teams.stream().filter(t -> liveLeaderId.equals(leaderOf(t)))
                .min(java.util.Comparator.comparing(t -> has(t, draftingExaminerId)))
                .ifPresent(t -> stages.put(t, Stage.CONSENSUS_OPEN));
        teams.stream().filter(t -> !stages.containsKey(t) && has(t, draftingExaminerId)).findFirst()
                .ifPresent(t -> stages.put(t, Stage.WRITING));
        var rest = new ArrayList<>(List.of(Stage.SUBMITTED, Stage.VISIT_PLANNED, Stage.VISIT_HELD,
                Stage.REPORT_REVIEWED));
        for (Stage stage : List.of(Stage.CONSENSUS_OPEN, Stage.WRITING)) {
            if (!stages.containsValue(stage)) {
                rest.add(0, stage);
            }
        }
        for (var team : teams) {
            if (!stages.containsKey(team)) {
                stages.put(team, rest.isEmpty() ? Stage.WRITING : rest.remove(0));
            }
        }
        return stages;
    }

    /** Every member has said "I have no conflict" before reading, as the product requires (their own act). */
    private void confirmNoConflict(Long cycleId, CommittedTeam team, Instant now) {
        team.members().forEach(m -> em.persist(new ConflictConfirmation(cycleId, m.personId(), team.applicationId(),
                ActingAs.EXAMINER, now)));
    }

    private static Long leaderOf(CommittedTeam team) {
        return team.members().stream().filter(CommittedTeam.Member::leader).findFirst().orElseThrow().personId();
    }

    private static boolean has(CommittedTeam team, Long personId) {
        return team.members().stream().anyMatch(m -> m.personId().equals(personId));
    }

    private ModelView modelOf(Long cycleId, CommittedTeam team) {
        var application = applications.view(team.applicationId());
        Long modelId = cycles.applicationTerms(cycleId).orElseThrow().category(application.award()).orElseThrow()
                .evaluationModelId();
        return models.view(modelId).orElseThrow();
    }

    /** One examiner's assessment: every criterion scored on the scale with texts, submitted, perhaps locked. */
    private Assessment assess(Long cycleId, CommittedTeam team, int member, ModelView model, Instant now,
                              boolean submit, boolean lock) {
        var assessment = scored(cycleId, team, member, model, now, model.criteria().size());
        if (submit) {
            assessment.submit(now);
        }
        if (lock) {
            assessment.lock(now);
        }
        em.persist(assessment);
        return assessment;
    }

    /** A draft with the first half of the criteria scored: the rest is for the examiner to write. */
    private Assessment draft(Long cycleId, CommittedTeam team, int member, ModelView model, Instant now) {
        return scored(cycleId, team, member, model, now, Math.max(1, model.criteria().size() / 2));
    }

    private Assessment scored(Long cycleId, CommittedTeam team, int member, ModelView model, Instant now, int count) {
        Long examinerId = team.members().get(member).personId();
        var assessment = new Assessment(cycleId, team.applicationId(), examinerId, model.id(), now);
        for (var criterion : model.criteria().subList(0, count)) {
            int value = value(model, criterion.position(), member);
            assessment.record(new ScoreEntry(criterion.id(), criterion.code(), value, model.bandOf(value).label(),
                    model.points(criterion.code(), value),
                    "Ansökan beskriver arbetssättet tydligt; spridningen i verksamheten är delvis belagd.",
                    "Systematisk uppföljning som medarbetarna känner till.",
                    "Jämförelser med andra verksamheter saknas.",
                    member == 0 ? "Hur följs arbetssättet upp i arbetslagen?" : null, null), now);
        }
        return assessment;
    }

    /**
     * A value on the scale that differs a little between examiners, except on the first criterion, where the first
     * and last examiners are far apart (the sheet flags it and lists it first).
     */
    static int value(ModelView model, int position, int member) {
        if (model.isOrdinal()) {
            var levels = model.bands();
            return levels.get(Math.min(levels.size() - 1, 1 + (position + member) % 2)).min();
        }
        int step = model.scaleStep() == null ? 5 : model.scaleStep();
        int value = position == 1 ? 30 + member * 20 : 40 + ((position * 7 + member * 5) % 30);
        return Math.min(100, value / step * step);
    }

    /** The consensus as the leader opened it: every criterion pre-filled with the median of the submitted scores. */
    private ConsensusSheet opened(Long cycleId, CommittedTeam team, Long leaderId, ModelView model,
                                  List<Assessment> submitted, Instant now) {
        var sheet = new ConsensusSheet(cycleId, team.applicationId(), model.id(), leaderId, now);
        em.persist(sheet);
        for (var criterion : model.criteria()) {
            var values = submitted.stream().map(a -> a.score(criterion.code()).orElseThrow().getValue()).sorted().toList();
            int agreed = values.get((values.size() - 1) / 2);
            var score = new ConsensusScore(sheet, criterion.code(), criterion.position(), agreed,
                    model.bandOf(agreed).label(), model.points(criterion.code(), agreed));
            em.persist(score);
            sheet.getScores().add(score);
        }
        return sheet;
    }

    private static void agreeOn(ConsensusScore score, ModelView model) {
        int agreed = score.getValue();
        score.record(agreed, model.bandOf(agreed).label(), model.points(score.getCriterionCode(), agreed),
                "Laget enades efter diskussion om underlaget i ansökan.",
                "Tydliga mål och en uppföljning som når alla medarbetare.",
                "Resultaten kan jämföras med andra enheters och följas över fler år.");
    }

    /**
     * The closed consensus: medians agreed with the team's texts, themes, a recommendation (a site visit or not),
     * every member signed.
     */
    private ConsensusSheet agree(Long cycleId, CommittedTeam team, Long leaderId, ModelView model,
                                 List<Assessment> submitted, boolean siteVisit, Instant now) {
        var sheet = opened(cycleId, team, leaderId, model, submitted, now);
        sheet.getScores().forEach(score -> agreeOn(score, model));
        sheet.changeThemes(List.of("Engagerade medarbetare och tydligt ledarskap", "Systematisk uppföljning av mål",
                        "Brukarnas synpunkter tas tillvara"),
                List.of("Jämför resultaten med andra verksamheter", "Följ upp förbättringarnas effekter över tid",
                        "Sprid arbetssätten mellan arbetslagen"));
        sheet.recommend(siteVisit, siteVisit ? "Hedersomnämnande" : "Diplom");
        em.flush();
        for (var member : team.members()) {
            em.persist(sheet.signOff(member.personId(), now));
        }
        sheet.close(leaderId, now);
        em.flush();
        return sheet;
    }

    /**
     * An open consensus half worked through: the criteria without a wide spread agreed but the last, the
     * flagged ones still to discuss, two key strengths so far, and one member's sign-off on the sheet as it is
     * (any change voids it, as the leader will see when she works on).
     */
    private void underway(Long cycleId, CommittedTeam team, Long leaderId, ModelView model, List<Assessment> submitted,
                          Instant now) {
        var sheet = opened(cycleId, team, leaderId, model, submitted, now);
        var scores = sheet.getScores();
        for (int i = 0; i < scores.size() - 1; i++) {
            var score = scores.get(i);
            var values = submitted.stream().map(a -> a.score(score.getCriterionCode()).orElseThrow().getValue()).toList();
            boolean flagged = values.stream().mapToInt(Integer::intValue).max()
                    .orElse(0) - values.stream().mapToInt(Integer::intValue).min().orElse(0) >= model.spreadThreshold();
            if (!flagged) {
                agreeOn(score, model);
            }
        }
        sheet.changeThemes(List.of("Engagerade medarbetare och tydligt ledarskap", "Systematisk uppföljning av mål"),
                List.of("Jämför resultaten med andra verksamheter"));
        em.flush();
        team.members().stream().filter(m -> !m.leader()).findFirst()
                .ifPresent(m -> em.persist(sheet.signOff(m.personId(), now)));
        em.flush();
    }

    /**
     * The site visit: planned with two questions; if {@code held}, the questions verified or not and the first
     * criterion adjusted after it.
     */
    private void visit(CommittedTeam team, Long leaderId, ModelView model, ConsensusSheet sheet, LocalDate on,
                       boolean held, Instant now) {
        var visit = new SiteVisit(team.applicationId(), leaderId, now);
        visit.plan(on, team.members().stream().map(CommittedTeam.Member::name).reduce((a, b) -> a + ", " + b)
                .orElse(""), "Rektor, två arbetslagsledare, elevrådet");
        em.persist(visit);
        var first = model.criteria().get(0);
        var verified = visit.ask(first.code(), "Hur används elevenkäten i arbetslagens planering?");
        var notVerified = visit.ask(first.code(), "Finns jämförelser med andra skolor?");
        em.flush();
        if (!held) {
            return;
        }
        visit.recordOutcome(verified.getId(), VisitOutcome.VERIFIED, "Arbetslagen visade sina planeringar.");
        visit.recordOutcome(notVerified.getId(), VisitOutcome.NOT_VERIFIED, "Jämförelser görs inte ännu.");
        visit.markHeld(on, on);
        var score = sheet.score(first.code()).orElseThrow();
        int adjusted = Math.max(0, score.getValue() - (model.isOrdinal() ? 0 : 5));
        score.adjust(adjusted, model.bandOf(adjusted).label(), model.points(first.code(), adjusted),
                "Platsbesöket visade att jämförelser med andra skolor ännu saknas.", leaderId, now);
        em.flush();
    }
}
