package se.kvalitet.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.cycles.entity.Award;
import se.kvalitet.cycles.entity.Phase;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.security.Role;

/**
 * Demo data for the embedded demo: a small city with boards, administrations and units, one account
 * per role, ten examiners, last year's closed cycle (with its committed teams) and this year's cycle in the jury
 * phase, its examiner register carried over from last year, its conflicts of interest and its quality-award teams
 * at every stage of the assessment (see {@link DemoAssessments#atEveryStage}). Loaded only when
 * {@code kvalitet.demo.enabled=true} and only once; never part of the migrations, never in production.
 * Goes through the same boundaries as users do, so the demo obeys every rule.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "FirstAdministrator"})
@RunAs(Role.ADMIN_NAME)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "Kvalitet2026!";
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Inject
    @ConfigProperty(name = "kvalitet.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Organizations organizations;

    @Inject
    People people;

    @Inject
    Cycles cycles;

    @Inject
    Applications applications;

    @Inject
    DemoExaminers examinerPool;

    @Inject
    DemoCourses examinerCourses;

    @Inject
    DemoAssessments assessmentWork;

    @Inject
    DemoRenewal renewalJury;

    @Inject
    DemoJury juryWork;

    @Inject
    DemoExamples exampleWork;

    @Inject
    DemoDates dates;

    @PostConstruct
    void load() {
        if (!enabled || people.byEmail("admin@kvalitet.demo").isPresent()) {
            return;
        }
        var education = organizations.createBoard("Utbildningsnämnden");
        var elderly = organizations.createBoard("Äldrenämnden");
        var culture = organizations.createBoard("Kulturnämnden");
        var south = organizations.createBoard("Söderorts stadsdelsnämnd");

        var eduAdm = organizations.createAdministration(education.getId(), "Utbildningsförvaltningen", AdministrationKind.ADMINISTRATION);
        var eldAdm = organizations.createAdministration(elderly.getId(), "Äldreförvaltningen", AdministrationKind.ADMINISTRATION);
        var culAdm = organizations.createAdministration(culture.getId(), "Kulturförvaltningen", AdministrationKind.ADMINISTRATION);
        var southAdm = organizations.createAdministration(south.getId(), "Söderorts stadsdelsförvaltning", AdministrationKind.ADMINISTRATION);
        var housing = organizations.createBoard("Bostadsbolagets styrelse");
        var housingCo = organizations.createAdministration(housing.getId(), "Stadens bostadsbolag", AdministrationKind.COMPANY);

        var solrosen = organizations.createUnit(southAdm.getId(), "Förskolan Solrosen", OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 24);
        var school = organizations.createUnit(eduAdm.getId(), "Björkhagens skola", OperatorType.MUNICIPAL, ServiceArea.SCHOOL, 62);
        var homeCare = organizations.createUnit(southAdm.getId(), "Hemtjänsten Söder", OperatorType.MUNICIPAL, ServiceArea.ELDERLY_CARE, 48);
        var careHome = organizations.createUnit(eldAdm.getId(), "Solgläntans vård- och omsorgsboende", OperatorType.PRIVATE, ServiceArea.ELDERLY_CARE, 55);
        var family = organizations.createUnit(southAdm.getId(), "Familjeenheten Söder", OperatorType.MUNICIPAL, ServiceArea.SOCIAL_SERVICES, 17);
        var dayCentre = organizations.createUnit(eldAdm.getId(), "Dagverksamheten Lärkan", OperatorType.CONTRACTED, ServiceArea.DISABILITY, 9);
        var library = organizations.createUnit(culAdm.getId(), "Stadsbiblioteket", OperatorType.MUNICIPAL, ServiceArea.CULTURE_LEISURE, 70);
        var customerService = organizations.createUnit(housingCo.getId(), "Kundtjänst bostäder", OperatorType.MUNICIPAL, ServiceArea.ADMINISTRATIVE_SUPPORT, 22);
        var meadow = organizations.createUnit(eduAdm.getId(), "Förskolan Ängen", OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 18);
        var homeCareNorth = organizations.createUnit(eldAdm.getId(), "Hemtjänsten Norr", OperatorType.MUNICIPAL, ServiceArea.ELDERLY_CARE, 40);
        var artsSchool = organizations.createUnit(culAdm.getId(), "Kulturskolan", OperatorType.MUNICIPAL, ServiceArea.CULTURE_LEISURE, 30);
        var groupHome = organizations.createUnit(southAdm.getId(), "Gruppbostaden Linden", OperatorType.MUNICIPAL, ServiceArea.DISABILITY, 14);
        var administrations = java.util.Map.of(eduAdm.getName(), eduAdm.getId(), eldAdm.getName(), eldAdm.getId(),
                culAdm.getName(), culAdm.getId(), southAdm.getName(), southAdm.getId(), housingCo.getName(), housingCo.getId());

        char[] password = PASSWORD.toCharArray();
        people.create("admin@kvalitet.demo", "Anna Administratör", password, EnumSet.of(Role.ADMIN, Role.STAFF), null, null);
        var applicant = people.create("sokande@kvalitet.demo", "Sara Sökande", password, EnumSet.of(Role.APPLICANT, Role.STAFF), solrosen.getId(), southAdm.getId());
        var examinerIds = examinerPool.accounts(administrations, password);
        people.create("jury@kvalitet.demo", "Johan Jurymedlem", password, EnumSet.of(Role.JURY), null, null);
        // the jury's chair: a second juror, so the jury works as a committee (recusals, meetings, votes)
        people.create("ordforande@kvalitet.demo", "Olof Ordförande", password, EnumSet.of(Role.JURY), null, null);
        people.create("medarbetare@kvalitet.demo", "Maria Medarbetare", password, EnumSet.of(Role.STAFF), null, eldAdm.getId());

        int year = LocalDate.now(CITY).getYear();
        var lastYear = cycles.open(year - 1, "Kvalitetsutmärkelsen och Förnyelsepriset " + (year - 1));
        setUpCategories(lastYear.getId());
        // last year's applications were written while its application period was open: open it with dates around
        // today, let the units apply, then give the cycle its real dates and take it through to the end
        var last = cycles.find(lastYear.getId()).orElseThrow();
        LocalDate today = LocalDate.now(CITY);
        last.getDates().setApplicationOpensOn(today.minusDays(1));
        last.getDates().setApplicationClosesAt(today.plusDays(1).atTime(LocalTime.of(23, 59)).atZone(CITY).toInstant());
        cycles.save(last);
        cycles.moveTo(lastYear.getId(), Phase.APPLICATION_OPEN);
        var lastQuality = classOf(lastYear.getId(), "QUALITY_AWARD", "Förskola");
        Long lastSolrosen = submitted(solrosen.getId(), lastYear.getId(), "QUALITY_AWARD", lastQuality, 24, null);
        Long lastSchool = submitted(school.getId(), lastYear.getId(), "QUALITY_AWARD",
                classOf(lastYear.getId(), "QUALITY_AWARD", "Skola"), 62, null);
        Long lastCareHome = submitted(careHome.getId(), lastYear.getId(), "QUALITY_AWARD",
                classOf(lastYear.getId(), "QUALITY_AWARD", "Äldreomsorg"), 55, 80);
        Long lastLibrary = submitted(library.getId(), lastYear.getId(), "RENEWAL_PRIZE",
                classOf(lastYear.getId(), "RENEWAL_PRIZE", "Hela staden"), 70, null);
        Long lastFamily = submitted(family.getId(), lastYear.getId(), "RENEWAL_PRIZE",
                classOf(lastYear.getId(), "RENEWAL_PRIZE", "Hela staden"), 17, null);
        last = cycles.find(lastYear.getId()).orElseThrow();
        last.getDates().setApplicationOpensOn(LocalDate.of(year - 1, 3, 1));
        last.getDates().setApplicationClosesAt(LocalDate.of(year - 1, 5, 31).atTime(LocalTime.of(23, 59)).atZone(CITY).toInstant());
        last.getDates().setReviewStartsOn(LocalDate.of(year - 1, 8, 25));
        last.getDates().setConsensusStartsOn(LocalDate.of(year - 1, 9, 22));
        last.getDates().setSiteVisitsStartOn(LocalDate.of(year - 1, 10, 6));
        last.getDates().setJuryStartsOn(LocalDate.of(year - 1, 10, 20));
        last.getDates().setAnnouncementOn(LocalDate.of(year - 1, 11, 10));
        last.getDates().setFeedbackOn(LocalDate.of(year - 1, 12, 5));
        cycles.save(last);
        examinerPool.lastYearsRegister(lastYear.getId(), year - 1, examinerIds, administrations);
        cycles.moveTo(lastYear.getId(), Phase.APPLICATION_CLOSED);
        examinerPool.commitTeams(lastYear.getId());
        for (Phase phase : new Phase[]{Phase.INDIVIDUAL_REVIEW,
                Phase.CONSENSUS, Phase.SITE_VISITS, Phase.JURY, Phase.ANNOUNCED, Phase.FEEDBACK, Phase.CLOSED}) {
            cycles.moveTo(lastYear.getId(), phase);
        }
        for (Long id : new Long[]{lastSolrosen, lastSchool, lastCareHome}) {
            // under review since their teams were committed; feedback released when their reports are (below)
            for (String status : new String[]{"SITE_VISIT", "DECIDED"}) {
                applications.moveTo(id, status);
            }
        }
        for (Long id : new Long[]{lastLibrary, lastFamily}) {
            applications.moveTo(id, "DECIDED");
        }
        applications.moveTo(lastLibrary, "FEEDBACK_RELEASED");
        juryWork.lastYear(lastYear.getId(), year - 1);
        var lastYearsReports = assessmentWork.completeCycle(lastYear.getId(), lastSchool, LocalDate.of(year - 1, 10, 8));
        exampleWork.publishLastYear(lastYear.getId());

        // this year's cycle, in the jury phase with its teams at every stage. Its applications were written while
        // the application period was open: open it with dates around today, let the units apply, then give the
        // cycle its real dates (applications opened eight months ago, the jury began a week ago) and move it on
        var current = cycles.open(year, "Kvalitetsutmärkelsen och Förnyelsepriset " + year);
        setUpCategories(current.getId());
        var now = cycles.find(current.getId()).orElseThrow();
        now.getDates().setApplicationOpensOn(today.minusDays(1));
        now.getDates().setApplicationClosesAt(today.plusDays(1).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
        cycles.save(now);
        cycles.moveTo(current.getId(), Phase.APPLICATION_OPEN);

        // this year's applications in every state an application period leaves, for both awards
        Long solrosenApplication = applications.startFor(solrosen.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Förskola"));
        applications.addContact(solrosenApplication, applicant.getId(), applications.view(solrosenApplication).version());
        complete(solrosenApplication, "QUALITY_AWARD", 24, null);
        submitted(school.getId(), current.getId(), "QUALITY_AWARD", classOf(current.getId(), "QUALITY_AWARD", "Skola"), 62, null);
        submitted(careHome.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Äldreomsorg"), 55, 75);
        applications.withdraw(applications.startFor(homeCare.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Äldreomsorg")));
        Long renewalClass = classOf(current.getId(), "RENEWAL_PRIZE", "Hela staden");
        submitted(library.getId(), current.getId(), "RENEWAL_PRIZE", renewalClass, 70, null);
        Long familyDraft = applications.startFor(family.getId(), current.getId(), "RENEWAL_PRIZE", renewalClass);
        applications.saveDraft(familyDraft, null, new se.kvalitet.applications.boundary.RenewalDraft("TEAM",
                "Familjecoacher i hemmet", "Långa väntetider till stöd för familjer.", null, null, null, null, null,
                null, null), null, applications.view(familyDraft).version());
        applications.withdraw(applications.startFor(customerService.getId(), current.getId(), "RENEWAL_PRIZE", renewalClass));
        applications.startFor(dayCentre.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Socialtjänst och funktionsnedsättning"));
        Long meadowApplication = submitted(meadow.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Förskola"), 18, null);
        submitted(homeCareNorth.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Äldreomsorg"), 40, null);
        submitted(artsSchool.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Andra verksamheter"), 30, null);
        submitted(groupHome.getId(), current.getId(), "QUALITY_AWARD",
                classOf(current.getId(), "QUALITY_AWARD", "Socialtjänst och funktionsnedsättning"), 14, null);

        now = cycles.find(current.getId()).orElseThrow();
        now.getDates().setApplicationOpensOn(today.minusMonths(8));
        now.getDates().setApplicationClosesAt(today.minusMonths(6).atTime(LocalTime.of(16, 0)).atZone(CITY).toInstant());
        now.getDates().setReviewStartsOn(today.minusMonths(5));
        now.getDates().setConsensusStartsOn(today.minusMonths(3));
        now.getDates().setSiteVisitsStartOn(today.minusWeeks(6));
        now.getDates().setJuryStartsOn(today.minusWeeks(1));
        now.getDates().setAnnouncementOn(today.plusWeeks(3));
        now.getDates().setFeedbackOn(today.plusWeeks(5));
        cycles.save(now);

        // this year's examiners: last year's register carried over, training and approvals, two new examiners,
        // and the conflicts the organisation tree cannot know
        examinerPool.thisYearsRegister(current.getId(), year, examinerIds, administrations);
        examinerPool.thisYearsConflicts(current.getId(), year, examinerIds, school.getId(), meadowApplication);
        examinerCourses.thisYear(current.getId(), examinerIds, today);
        cycles.moveTo(current.getId(), Phase.APPLICATION_CLOSED);
        // the quality award's teams, proposed and committed respecting this year's conflicts and the waiver;
        // the renewal prize has no teams (its entries go straight to the jury)
        examinerPool.commitTeams(current.getId());
        for (Phase phase : new Phase[]{Phase.INDIVIDUAL_REVIEW, Phase.CONSENSUS, Phase.SITE_VISITS, Phase.JURY}) {
            cycles.moveTo(current.getId(), phase);
        }
        // late teams may still work in the jury phase: Lena runs an open consensus, Erik finishes his draft
        assessmentWork.atEveryStage(current.getId(), examinerIds.get("lagledare@kvalitet.demo"),
                examinerIds.get("examinator@kvalitet.demo"));
        renewalJury.score(lastYear.getId(), current.getId());
        juryWork.thisYear(current.getId());
        // last year was built today: its records take the dates of their own year. Its reports are released after
        // that, so the released copies name those dates, and the releases are then dated too
        var lastDates = cycles.find(lastYear.getId()).orElseThrow().getDates();
        var plan = new DemoDates.Plan(lastDates.getApplicationOpensOn(), lastDates.getApplicationClosesAt(),
                lastDates.getReviewStartsOn(), lastDates.getConsensusStartsOn(), lastDates.getSiteVisitsStartOn(),
                lastDates.getJuryStartsOn(), lastDates.getAnnouncementOn(), lastDates.getFeedbackOn());
        dates.belongToTheirYear(lastYear.getId(), plan);
        assessmentWork.release(lastYearsReports);
        dates.belongToTheirYear(lastYear.getId(), plan);
        LOG.info("Demo data loaded: sign in as admin@kvalitet.demo (and the other demo accounts) with " + PASSWORD);
    }

    private Long classOf(Long cycleId, String award, String className) {
        return cycles.applicationTerms(cycleId).orElseThrow().category(award).orElseThrow().classes().stream()
                .filter(k -> k.name().equals(className)).findFirst().orElseThrow().id();
    }

    /** Starts, completes and submits an application for a unit; returns its id. */
    private Long submitted(Long unitId, Long cycleId, String award, Long classId, int staff, Integer residentShare) {
        Long id = applications.startFor(unitId, cycleId, award, classId);
        complete(id, award, staff, residentShare);
        return id;
    }

    /** Writes every answer of a started application and submits it. */
    private void complete(Long id, String award, int staff, Integer residentShare) {
        var view = applications.view(id);
        Long cycleId = view.cycleId();
        var answers = new java.util.LinkedHashMap<String, String>();
        view.answers().forEach(a -> answers.put(a.code(), sample(a.maxLength())));
        var renewal = "RENEWAL_PRIZE".equals(award) ? new se.kvalitet.applications.boundary.RenewalDraft("PROJECT",
                "Digitala vägar in i verksamheten",
                "Många invånare hittade inte till oss och väntetiderna var långa.",
                "Vi erbjuder bokning, vägledning och uppföljning digitalt, med personligt stöd för den som vill.",
                "Väntetiden har halverats och fler invånare i ytterområdena använder våra tjänster.",
                "Arbetssättet har spridits till tre andra förvaltningar.",
                "Arbetssättet ingår i ordinarie budget och rutiner sedan två år.",
                "Bidrar till målen om en tillgänglig och jämlik stad.",
                LocalDate.of(cycleYear(cycleId) - 2, 9, 1), "https://video.kvalitet.demo/digitala-vagar") : null;
        long version = applications.saveDraft(id, answers.isEmpty() ? null : answers, renewal,
                eligible(staff, residentShare), view.version());
        applications.submit(id, version);
    }

    private int cycleYear(Long cycleId) {
        return cycles.applicationTerms(cycleId).orElseThrow().year();
    }

    private static se.kvalitet.applications.boundary.EligibilityDraft eligible(int staff, Integer residentShare) {
        return new se.kvalitet.applications.boundary.EligibilityDraft(true, true, staff, residentShare, true, null, true);
    }

    /** A plausible answer that fits the criterion's length limit. */
    static String sample(int maxLength) {
        String text = "Vi arbetar systematiskt med att förstå våra brukares behov. Vi mäter, följer upp och "
                + "förbättrar tillsammans med medarbetarna, och resultaten redovisas för nämnden varje år. ";
        return text.length() <= maxLength ? text.strip() : text.substring(0, maxLength).strip();
    }

    private void setUpCategories(Long cycleId) {
        cycles.addCategory(cycleId, Award.QUALITY_AWARD);
        cycles.addCategory(cycleId, Award.RENEWAL_PRIZE);
        for (String name : Set.of("Förskola", "Skola", "Äldreomsorg", "Socialtjänst och funktionsnedsättning", "Andra verksamheter")
                .stream().sorted().toList()) {
            cycles.addClass(cycleId, Award.QUALITY_AWARD, name);
        }
        cycles.addClass(cycleId, Award.RENEWAL_PRIZE, "Hela staden");
        cycles.adoptPreset(cycleId, Award.QUALITY_AWARD, "stockholm-kvalitet");
        cycles.adoptPreset(cycleId, Award.RENEWAL_PRIZE, "stockholm-fornyelse");
    }
}
