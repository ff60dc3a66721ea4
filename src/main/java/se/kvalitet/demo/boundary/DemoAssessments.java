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
 * findings adjusted one score; and the feedback reports, released to the units.
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

    /** Assesses, agrees on and reports every committed team's application of a finished cycle. */
    void completeCycle(Long cycleId, Long siteVisitApplicationId) {
        Instant now = Clock.systemUTC().instant();
        for (CommittedTeam team : assignments.committedTeams(cycleId)) {
            var application = applications.view(team.applicationId());
            Long modelId = cycles.applicationTerms(cycleId).orElseThrow().category(application.award()).orElseThrow()
                    .evaluationModelId();
            ModelView model = models.view(modelId).orElseThrow();
            var submitted = new ArrayList<Assessment>();
            for (int member = 0; member < team.members().size(); member++) {
                submitted.add(assess(cycleId, team, member, model, now));
            }
            Long leaderId = team.members().stream().filter(CommittedTeam.Member::leader).findFirst().orElseThrow()
                    .personId();
            var sheet = agree(cycleId, team, leaderId, model, submitted, now);
            if (team.applicationId().equals(siteVisitApplicationId)) {
                visit(team, leaderId, model, sheet, LocalDate.now(DemoData.CITY).minusMonths(13), now);
            }
            var report = reports.draft(team.applicationId(), "sv", null);
            report = reports.review(team.applicationId(), report.version());
            reports.release(team.applicationId(), report.version());
        }
    }

    /** One examiner's assessment: every criterion scored on the scale with texts, submitted, then locked. */
    private Assessment assess(Long cycleId, CommittedTeam team, int member, ModelView model, Instant now) {
        Long examinerId = team.members().get(member).personId();
        var assessment = new Assessment(cycleId, team.applicationId(), examinerId, model.id(), now);
        for (var criterion : model.criteria()) {
            int value = value(model, criterion.position(), member);
            assessment.record(new ScoreEntry(criterion.id(), criterion.code(), value, model.bandOf(value).label(),
                    model.points(criterion.code(), value),
                    "Ansökan beskriver arbetssättet tydligt; spridningen i verksamheten är delvis belagd.",
                    "Systematisk uppföljning som medarbetarna känner till.",
                    "Jämförelser med andra verksamheter saknas.",
                    member == 0 ? "Hur följs arbetssättet upp i arbetslagen?" : null, null), now);
        }
        assessment.submit(now);
        assessment.lock(now);
        em.persist(assessment);
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

    /** The closed consensus: medians agreed with the team's texts, themes, recommendation, every member signed. */
    private ConsensusSheet agree(Long cycleId, CommittedTeam team, Long leaderId, ModelView model,
                                 List<Assessment> submitted, Instant now) {
        var sheet = new ConsensusSheet(cycleId, team.applicationId(), model.id(), leaderId, now);
        em.persist(sheet);
        for (var criterion : model.criteria()) {
            var values = submitted.stream().map(a -> a.score(criterion.code()).orElseThrow().getValue()).sorted().toList();
            int agreed = values.get((values.size() - 1) / 2);
            var score = new ConsensusScore(sheet, criterion.code(), criterion.position(), agreed,
                    model.bandOf(agreed).label(), model.points(criterion.code(), agreed));
            score.record(agreed, model.bandOf(agreed).label(), model.points(criterion.code(), agreed),
                    "Laget enades efter diskussion om underlaget i ansökan.",
                    "Tydliga mål och en uppföljning som når alla medarbetare.",
                    "Resultaten kan jämföras med andra enheters och följas över fler år.");
            em.persist(score);
            sheet.getScores().add(score);
        }
        sheet.changeThemes(List.of("Engagerade medarbetare och tydligt ledarskap", "Systematisk uppföljning av mål",
                        "Brukarnas synpunkter tas tillvara"),
                List.of("Jämför resultaten med andra verksamheter", "Följ upp förbättringarnas effekter över tid",
                        "Sprid arbetssätten mellan arbetslagen"));
        sheet.recommend(true, "Hedersomnämnande");
        em.flush();
        for (var member : team.members()) {
            em.persist(sheet.signOff(member.personId(), now));
        }
        sheet.close(leaderId, now);
        em.flush();
        return sheet;
    }

    /** The site visit: planned, two questions verified or not, and the first criterion adjusted after it. */
    private void visit(CommittedTeam team, Long leaderId, ModelView model, ConsensusSheet sheet, LocalDate on,
                       Instant now) {
        var visit = new SiteVisit(team.applicationId(), leaderId, now);
        visit.plan(on, team.members().stream().map(CommittedTeam.Member::name).reduce((a, b) -> a + ", " + b)
                .orElse(""), "Rektor, två arbetslagsledare, elevrådet");
        em.persist(visit);
        var first = model.criteria().get(0);
        var verified = visit.ask(first.code(), "Hur används elevenkäten i arbetslagens planering?");
        var notVerified = visit.ask(first.code(), "Finns jämförelser med andra skolor?");
        em.flush();
        visit.recordOutcome(verified.getId(), VisitOutcome.VERIFIED, "Arbetslagen visade sina planeringar.");
        visit.recordOutcome(notVerified.getId(), VisitOutcome.NOT_VERIFIED, "Jämförelser görs inte ännu.");
        visit.markHeld(on);
        var score = sheet.score(first.code()).orElseThrow();
        int adjusted = Math.max(0, score.getValue() - (model.isOrdinal() ? 0 : 5));
        score.adjust(adjusted, model.bandOf(adjusted).label(), model.points(first.code(), adjusted),
                "Platsbesöket visade att jämförelser med andra skolor ännu saknas.", leaderId, now);
        em.flush();
    }
}
