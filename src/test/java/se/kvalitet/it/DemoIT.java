package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.assignments.boundary.Assignments;
import se.kvalitet.assignments.boundary.CommittedTeam;
import se.kvalitet.consensus.boundary.ConsensusResults;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.feedback.boundary.FeedbackReports;
import se.kvalitet.feedback.boundary.ReportView;
import se.kvalitet.people.boundary.People;
import se.kvalitet.scoring.boundary.Assessments;

/**
 * The demo city's cycle this year: in the jury phase (today between the jury's start and the announcement), the
 * quality award's teams committed and at every stage of the assessment, so each role has real material; the
 * renewal prize without teams. Read only: the demo data is left as the other tests find it.
 */
@ExtendWith(ArquillianExtension.class)
class DemoIT {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    static final String DEMO_PASSWORD = "Kvalitet2026!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject AsAdmin admin;
    @Inject Cycles cycles;
    @Inject Assignments assignments;
    @Inject ConsensusResults results;
    @Inject Assessments assessments;
    @Inject FeedbackReports reports;
    @Inject Applications applications;
    @Inject People people;
    @Inject se.kvalitet.platform.events.DomainEvents events;

    @ArquillianResource
    URL base;

    @Test
    void thisYearsCycleIsInTheJuryPhaseWithTheQualityAwardsTeamsAtEveryStage() throws Exception {
        LocalDate today = LocalDate.now(CITY);
        AwardCycle cycle = admin.call(() -> cycles.all()).stream().filter(c -> c.getYear() == today.getYear())
                .findFirst().orElseThrow();
        Long cycleId = cycle.getId();
        assertEquals(Phase.JURY, cycle.getPhase());
        assertFalse(cycle.getDates().getJuryStartsOn().isAfter(today), "the jury has started");
        assertTrue(cycle.getDates().getAnnouncementOn().isAfter(today), "nothing announced yet");
        assertTrue(cycle.getDates().getApplicationClosesAt().isBefore(java.time.Instant.now()));

        List<CommittedTeam> teams = admin.call(() -> assignments.committedTeams(cycleId));
        assertTrue(teams.size() >= 6, "a team for every stage: " + teams.size());
        assertTrue(teams.stream().allMatch(t -> "QUALITY_AWARD".equals(t.award())), "the renewal prize has no teams");
        Long lena = admin.call(() -> people.byEmail("lagledare@kvalitet.demo")).orElseThrow().getId();
        Long erik = admin.call(() -> people.byEmail("examinator@kvalitet.demo")).orElseThrow().getId();
        Map<Long, String> consensus = admin.call(() -> results.statusByApplication(cycleId));
        Map<Long, String> visits = admin.call(() -> results.siteVisitByApplication(cycleId));
        Map<Long, Map<String, Long>> progress = admin.call(() -> assessments.progress(cycleId));
        Map<Long, ReportView> reportOf = new java.util.HashMap<>();
        admin.call(() -> reports.ofCycle(cycleId)).forEach(r -> reportOf.put(r.applicationId(), r));

        // Erik has a draft to finish
        var writing = teams.stream().filter(t -> t.members().stream().anyMatch(m -> m.personId().equals(erik))
                && progress.get(t.applicationId()).get("DRAFT") > 0).findFirst();
        assertTrue(writing.isPresent(), "a team where Erik still writes: " + progress);
        assertEquals("NOT_OPENED", consensus.get(writing.get().applicationId()));
        // every assessment submitted, the consensus not opened
        assertTrue(teams.stream().anyMatch(t -> progress.get(t.applicationId()).get("SUBMITTED") == t.members().size()
                && "NOT_OPENED".equals(consensus.get(t.applicationId()))), progress.toString());
        // Lena leads an open consensus
        var live = teams.stream().filter(t -> "OPEN".equals(consensus.get(t.applicationId())))
                .filter(t -> t.members().stream().anyMatch(m -> m.leader() && m.personId().equals(lena))).findFirst();
        assertTrue(live.isPresent(), "Lena's open consensus: " + consensus);
        // a planned visit after a closed consensus, the application moved on to SITE_VISIT
        var planned = teams.stream().filter(t -> "PLANNED".equals(visits.get(t.applicationId()))).findFirst().orElseThrow();
        assertEquals("CLOSED", consensus.get(planned.applicationId()));
        assertEquals("SITE_VISIT", admin.call(() -> applications.view(planned.applicationId())).status());
        // a held visit, an adjusted score and a drafted report
        var held = teams.stream().filter(t -> "HELD".equals(visits.get(t.applicationId()))).findFirst().orElseThrow();
        var heldResult = admin.call(() -> results.of(held.applicationId())).orElseThrow();
        assertTrue(heldResult.criteria().stream().anyMatch(c -> c.valueBeforeVisit() != null), "a score adjusted");
        assertEquals("DRAFTED", reportOf.get(held.applicationId()).status());
        assertEquals("sv", reportOf.get(held.applicationId()).language());
        // a report the administrator reviewed
        assertTrue(reportOf.values().stream().anyMatch(r -> "REVIEWED".equals(r.status())), reportOf.toString());

        // Förskolan Solrosen's application this year is submitted, with the demo applicant as its contact
        Long applicant = admin.call(() -> people.byEmail("sokande@kvalitet.demo")).orElseThrow().getId();
        Long solrosenUnit = admin.call(() -> people.byEmail("sokande@kvalitet.demo")).orElseThrow().getUnitId();
        var solrosen = admin.call(() -> applications.listForUnit(solrosenUnit)).stream()
                .filter(a -> a.cycleId().equals(cycleId)).findFirst().orElseThrow();
        var view = admin.call(() -> applications.view(solrosen.id()));
        assertNotNull(view.submittedAt());
        assertTrue(view.contacts().stream().anyMatch(c -> c.personId().equals(applicant)));

        // over the API as the examiners themselves: Lena's sheet has a flagged criterion and one sign-off,
        // Erik's own assessment is a draft he may still save in the jury phase
        var api = new ApiClient(base.toString(), DEMO_PASSWORD);
        var sheet = ApiClient.json(api.ok("GET", "/consensus/applications/" + live.get().applicationId(),
                "lagledare@kvalitet.demo", null));
        assertEquals("OPEN", sheet.getString("status"));
        assertTrue(sheet.getJsonArray("rows").getJsonObject(0).getBoolean("flagged"), "the flagged criterion first");
        assertEquals(1, sheet.getJsonArray("members").stream().map(m -> m.asJsonObject())
                .filter(m -> m.containsKey("signedAt") && !m.isNull("signedAt")).count());
        var own = ApiClient.json(api.ok("GET", "/assessments/applications/" + writing.get().applicationId() + "/mine",
                "examinator@kvalitet.demo", null));
        assertEquals("DRAFT", own.getString("status"));
    }

    /**
     * Last year's cycle was built today, but its records carry dates of its own year: Förskolan Solrosen's application
     * was submitted before last year's deadline, its PDF says so, and its events (started, submitted, decided) are
     * dated in that year, in order.
     */
    @Test
    void lastYearsRecordsCarryTheDatesOfTheirOwnYear() throws Exception {
        int lastYear = LocalDate.now(CITY).getYear() - 1;
        Long solrosenUnit = admin.call(() -> people.byEmail("sokande@kvalitet.demo")).orElseThrow().getUnitId();
        var last = admin.call(() -> applications.listForUnit(solrosenUnit)).stream()
                .filter(a -> a.cycleYear() == lastYear).findFirst().orElseThrow();
        var view = admin.call(() -> applications.view(last.id()));
        assertEquals(lastYear, view.submittedAt().atZone(CITY).getYear(), view.submittedAt().toString());
        assertTrue(view.submittedAt().isBefore(view.applicationClosesAt()), "submitted before last year's deadline");
        assertTrue(view.createdAt().isBefore(view.submittedAt()));

        var pdf = new ApiClient(base.toString(), DEMO_PASSWORD).bytes("/applications/" + last.id() + "/receipt.pdf",
                "sokande@kvalitet.demo");
        assertEquals(200, pdf.statusCode());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            String submitted = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE"))
                    .format(view.submittedAt().atZone(CITY));
            assertTrue(text.contains(submitted) && submitted.endsWith(String.valueOf(lastYear)), submitted + " in:\n" + text);
        }
        // the released report was rendered after the year's dates were in place: submitted and agreed last year
        var report = new ApiClient(base.toString(), DEMO_PASSWORD).bytes("/feedback/reports/" + last.id() + "/report.pdf",
                "sokande@kvalitet.demo");
        assertEquals(200, report.statusCode());
        try (var document = org.apache.pdfbox.Loader.loadPDF(report.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            String submitted = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE"))
                    .format(view.submittedAt().atZone(CITY));
            assertTrue(text.contains(submitted), submitted + " in the released report:\n" + text);
            assertTrue(text.matches("(?s).*Konsensus klar: \\d{1,2} \\p{L}+ " + lastYear + ".*"), "consensus closed last year:\n" + text);
        }
        var events = admin.call(() -> this.events.of("Application", last.id()));
        assertTrue(events.stream().allMatch(e -> e.getOccurredAt().atZone(CITY).getYear() == lastYear),
                events.stream().map(e -> e.getEventType() + "@" + e.getOccurredAt()).toList().toString());
        var started = events.stream().filter(e -> e.getEventType().equals("ApplicationStarted")).findFirst().orElseThrow();
        var submittedEvent = events.stream().filter(e -> e.getEventType().equals("ApplicationSubmitted")).findFirst().orElseThrow();
        assertTrue(started.getOccurredAt().isBefore(submittedEvent.getOccurredAt()));
    }
}
