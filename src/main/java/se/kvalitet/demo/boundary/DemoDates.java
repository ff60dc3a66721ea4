package se.kvalitet.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's earlier year carries dates of its own year. Last year's cycle is built today, through the boundaries,
 * so every record of it (applications submitted, assessments, consensus, decisions, reports released, good
 * examples, the domain events) first carries today's time; the application PDF would say it was submitted today.
 * Once the year is built, this moves each of those moments into the phase it belongs to by the cycle's planned
 * dates: submissions in the last days before the deadline, assessments after review starts, decisions before the
 * announcement, releases on the feedback date. Within a window the records keep the order they were made in, spread
 * evenly; moving a year twice gives the same dates (records made in between take their place). Only the demo does this (a fixture loader may write every component's tables); it is never run in
 * production.
 */
@Dependent
class DemoDates {

    @PersistenceContext
    EntityManager em;

    /** The planned dates of the finished year, as set on its cycle. */
    record Plan(LocalDate opens, Instant closes, LocalDate review, LocalDate consensus, LocalDate siteVisits,
                LocalDate jury, LocalDate announcement, LocalDate feedback) {
    }

    /** Moves every moment of the cycle's records into its phase (see the class comment). */
    void belongToTheirYear(Long cycleId, Plan p) {
        // the year was built in this one transaction: write out what is pending before the rows are moved, and
        // forget the loaded entities afterwards, so what is read next (a report released now) has the moved dates
        em.flush();
        move(cycleId, p);
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private void move(Long cycleId, Plan p) {
        Instant opens = at(p.opens(), 9);
        Instant closes = p.closes();
        Instant review = at(p.review(), 9);
        Instant consensus = at(p.consensus(), 9);
        Instant visits = at(p.siteVisits(), 9);
        Instant jury = at(p.jury(), 9);
        Instant announced = at(p.announcement(), 10);
        Instant feedback = at(p.feedback(), 10);
        String applications = "select id from application where cycle_id = " + cycleId;

        // applying
        spread("application", "created_at", "cycle_id = " + cycleId, opens.plus(days(7)), opens.plus(days(40)));
        spread("application", "submitted_at", "cycle_id = " + cycleId, closes.minus(days(12)), closes.minus(hours(2)));
        em.createNativeQuery("update application set changed_at = coalesce(submitted_at, withdrawn_at, created_at) "
                + "where cycle_id = " + cycleId).executeUpdate();
        spread("attachment", "uploaded_at", "application_id in (" + applications + ")", opens.plus(days(20)),
                closes.minus(days(13)));
        spread("examiner_profile", "created_at", "cycle_id = " + cycleId, opens.minus(days(20)), opens);
        spread("examiner_profile", "changed_at", "cycle_id = " + cycleId, opens, closes);
        // teams and conflicts, between the deadline and the start of review
        spread("declared_conflict", "declared_at", "cycle_id = " + cycleId, closes.plus(days(2)), review.minus(days(10)));
        spread("conflict_ruling", "decided_at", "cycle_id = " + cycleId, closes.plus(days(5)), review.minus(days(8)));
        spread("assignment_proposal", "created_at", "cycle_id = " + cycleId, review.minus(days(7)), review.minus(days(6)));
        spread("assignment_proposal", "decided_at", "cycle_id = " + cycleId, review.minus(days(5)), review.minus(days(4)));
        spread("team", "committed_at", "cycle_id = " + cycleId, review.minus(days(3)), review.minus(days(2)));
        spread("team", "changed_at", "cycle_id = " + cycleId, review.minus(days(3)), review.minus(days(2)));
        spread("conflict_confirmation", "confirmed_at", "cycle_id = " + cycleId, review, review.plus(days(3)));
        // individual assessment, consensus and site visits
        spread("assessment", "created_at", "cycle_id = " + cycleId, review.plus(days(1)), review.plus(days(6)));
        spread("assessment", "submitted_at", "cycle_id = " + cycleId, review.plus(days(14)), consensus.minus(days(2)));
        em.createNativeQuery("update assessment set changed_at = coalesce(submitted_at, created_at) where cycle_id = "
                + cycleId).executeUpdate();
        spread("assessment", "locked_at", "cycle_id = " + cycleId, consensus, consensus.plus(days(2)));
        spread("consensus", "opened_at", "cycle_id = " + cycleId, consensus, consensus.plus(days(2)));
        setAll("consensus_signoff", "signed_at", "consensus_id in (select id from consensus where cycle_id = " + cycleId
                + ")", consensus.plus(days(10)));
        spread("consensus", "closed_at", "cycle_id = " + cycleId, consensus.plus(days(11)), consensus.plus(days(12)));
        spread("site_visit", "selected_at", "application_id in (" + applications + ")", consensus.plus(days(12)),
                consensus.plus(days(13)));
        setAll("consensus_score", "adjusted_at", "consensus_id in (select id from consensus where cycle_id = " + cycleId
                + ")", visits.plus(days(3)));
        // the jury and its decisions
        spread("juror_score", "created_at", "cycle_id = " + cycleId, jury, jury.plus(days(3)));
        spread("juror_score", "submitted_at", "cycle_id = " + cycleId, jury.plus(days(4)), jury.plus(days(9)));
        em.createNativeQuery("update juror_score set changed_at = coalesce(submitted_at, created_at) where cycle_id = "
                + cycleId).executeUpdate();
        setAll("jury_meeting", "started_at", "cycle_id = " + cycleId, jury.plus(days(10)));
        setAll("jury_meeting", "names_revealed_at", "cycle_id = " + cycleId, jury.plus(days(10)).plus(hours(1)));
        spread("jury_attendance", "recorded_at", "cycle_id = " + cycleId, jury.plus(days(10)), jury.plus(days(10)));
        spread("jury_vote", "voted_at", "cycle_id = " + cycleId, jury.plus(days(10)).plus(hours(1)),
                jury.plus(days(10)).plus(hours(3)));
        spread("jury_decision", "decided_at", "cycle_id = " + cycleId, jury.plus(days(10)).plus(hours(3)),
                jury.plus(days(10)).plus(hours(5)));
        spread("jury_decision", "announced_at", "cycle_id = " + cycleId, announced, announced);
        // feedback reports: drafted after consensus, reviewed before and released on the feedback date
        spread("feedback_report", "drafted_at", "cycle_id = " + cycleId, consensus.plus(days(14)), jury.minus(days(2)));
        spread("feedback_report", "reviewed_at", "cycle_id = " + cycleId, announced.plus(days(2)), feedback.minus(days(2)));
        spread("feedback_report", "released_at", "cycle_id = " + cycleId, feedback, feedback.plus(hours(1)));
        setAll("feedback_report_file", "created_at", "report_id in (select id from feedback_report where cycle_id = "
                + cycleId + ")", feedback.plus(hours(1)));
        // good examples, prepared and published after the feedback
        String examples = "example_id in (select id from good_example where cycle_id = " + cycleId + ")";
        spread("good_example", "prepared_at", "cycle_id = " + cycleId, feedback.plus(days(3)), feedback.plus(days(4)));
        spread("good_example_file", "added_at", examples, feedback.plus(days(4)), feedback.plus(days(5)));
        spread("good_example_consent", "decided_at", examples, feedback.plus(days(6)), feedback.plus(days(8)));
        spread("good_example", "published_at", "cycle_id = " + cycleId, feedback.plus(days(9)), feedback.plus(days(10)));
        em.createNativeQuery("update good_example set published_on = cast(published_at as date) where cycle_id = "
                + cycleId + " and published_at is not null").executeUpdate();
        events(cycleId, applications, new Instant[] {opens, closes, review, consensus, visits, jury, announced, feedback});
    }

    /**
     * The domain events of the year's cycle and applications, by what they record: the cycle's phase changes on the
     * phase's day, the applications' events in the phase their status or act belongs to, anything else of the year
     * spread over it in order.
     */
    private void events(Long cycleId, String applications, Instant[] at) {
        Instant opens = at[0], closes = at[1], review = at[2], consensus = at[3], jury = at[5], announced = at[6],
                feedback = at[7];
        String ofCycle = "aggregate_type = 'AwardCycle' and aggregate_id = " + cycleId;
        String ofApplications = "aggregate_type = 'Application' and aggregate_id in (" + applications + ")";
        spread("domain_event", "occurred_at", ofCycle + " and event_type not in ('PhaseChanged', 'JuryDecisionsAnnounced')",
                opens.minus(days(40)), opens.minus(days(1)));
        String[][] phases = {{"PLANNING->APPLICATION_OPEN", null}, {"APPLICATION_OPEN->APPLICATION_CLOSED", null},
                {"APPLICATION_CLOSED->INDIVIDUAL_REVIEW", null}, {"INDIVIDUAL_REVIEW->CONSENSUS", null},
                {"CONSENSUS->SITE_VISITS", null}, {"SITE_VISITS->JURY", null}, {"JURY->ANNOUNCED", null},
                {"ANNOUNCED->FEEDBACK", null}, {"FEEDBACK->CLOSED", null}};
        Instant[] phaseAt = {opens, closes.plus(minutes(1)), review, consensus, at[4], jury, announced, feedback,
                feedback.plus(days(30))};
        for (int i = 0; i < phases.length; i++) {
            spread("domain_event", "occurred_at", ofCycle + " and event_type = 'PhaseChanged' and details = '"
                    + phases[i][0] + "'", phaseAt[i], phaseAt[i]);
        }
        spread("domain_event", "occurred_at", ofCycle + " and event_type = 'JuryDecisionsAnnounced'", announced, announced);
        spread("domain_event", "occurred_at", ofApplications + " and event_type in ('ApplicationStarted')",
                opens.plus(days(7)), opens.plus(days(40)));
        spread("domain_event", "occurred_at", ofApplications + " and event_type in ('DraftSaved', 'ContactAdded', "
                + "'AttachmentUploaded', 'AttachmentRemoved')", opens.plus(days(41)), closes.minus(days(13)));
        spread("domain_event", "occurred_at", ofApplications + " and event_type = 'ApplicationSubmitted'",
                closes.minus(days(12)), closes.minus(hours(2)));
        String[][] statuses = {{"UNDER_REVIEW", null}, {"SITE_VISIT", null}, {"DECIDED", null}, {"FEEDBACK_RELEASED", null}};
        Instant[] statusAt = {review.minus(days(2)), consensus.plus(days(12)), announced, feedback};
        for (int i = 0; i < statuses.length; i++) {
            spread("domain_event", "occurred_at", ofApplications + " and event_type = 'ApplicationStatusChanged' and details = '"
                    + statuses[i][0] + "'", statusAt[i], statusAt[i].plus(hours(1)));
        }
        spread("domain_event", "occurred_at", ofApplications + " and event_type in ('JuryVoteCast', 'JuryDecisionRecorded')",
                jury.plus(days(10)).plus(hours(1)), jury.plus(days(10)).plus(hours(5)));
        spread("domain_event", "occurred_at", "aggregate_type = 'Assessment' and aggregate_id in (select id from assessment "
                + "where cycle_id = " + cycleId + ")", review.plus(days(14)), consensus.minus(days(2)));
        spread("domain_event", "occurred_at", "aggregate_type = 'Consensus' and aggregate_id in (select id from consensus "
                + "where cycle_id = " + cycleId + ")", consensus, consensus.plus(days(12)));
        spread("domain_event", "occurred_at", "aggregate_type = 'FeedbackReport' and aggregate_id in (select id from "
                + "feedback_report where cycle_id = " + cycleId + ")", consensus.plus(days(14)), feedback.plus(hours(1)));
        spread("domain_event", "occurred_at", "aggregate_type = 'GoodExample' and aggregate_id in (select id from "
                + "good_example where cycle_id = " + cycleId + ")", feedback.plus(days(3)), feedback.plus(days(10)));
        spread("domain_event", "occurred_at", "aggregate_type in ('Team', 'AssignmentProposal') and aggregate_id in "
                + "(select id from team where cycle_id = " + cycleId + " union select id from assignment_proposal "
                + "where cycle_id = " + cycleId + ")", review.minus(days(7)), review.minus(days(2)));
        spread("domain_event", "occurred_at", "aggregate_type = 'JurorScore' and aggregate_id in (select id from "
                + "juror_score where cycle_id = " + cycleId + ")", jury, jury.plus(days(9)));
        spread("domain_event", "occurred_at", "aggregate_type = 'ExaminerProfile' and aggregate_id in (select id from "
                + "examiner_profile where cycle_id = " + cycleId + ")", opens.minus(days(20)), closes);
    }

    /**
     * Sets {@code column} of the rows {@code where} selects (those that have a moment) to moments evenly spread from
     * {@code from} to {@code to}, in the order the rows have now (their moment, then id).
     */
    private void spread(String table, String column, String where, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from " + table + " where " + column + " is not null and ("
                + where + ") order by " + column + ", id").getResultList();
        List<Long> rows = new ArrayList<>(ids.stream().map(id -> ((Number) id).longValue()).toList());
        if (rows.isEmpty()) {
            return;
        }
        long span = Duration.between(from, to).toSeconds();
        for (int i = 0; i < rows.size(); i++) {
            long offset = rows.size() == 1 ? 0 : span * i / (rows.size() - 1);
            em.createNativeQuery("update " + table + " set " + column + " = ? where id = ?")
                    .setParameter(1, Timestamp.from(from.plusSeconds(offset))).setParameter(2, rows.get(i)).executeUpdate();
        }
    }

    /** Sets {@code column} of every row {@code where} selects that has a moment (tables keyed otherwise than by id). */
    private void setAll(String table, String column, String where, Instant moment) {
        em.createNativeQuery("update " + table + " set " + column + " = ? where " + column + " is not null and ("
                + where + ")").setParameter(1, Timestamp.from(moment)).executeUpdate();
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(DemoData.CITY).toInstant();
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }

    private static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    private static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
