package se.kvalitet.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.kvalitet.examiners.boundary.CalibrationDraft;
import se.kvalitet.examiners.boundary.Calibrations;
import se.kvalitet.examiners.boundary.ExaminerRow;
import se.kvalitet.examiners.boundary.Examiners;
import se.kvalitet.examiners.entity.CalibrationScoring;
import se.kvalitet.examiners.entity.CourseKind;
import se.kvalitet.examiners.entity.ExaminerCourse;

/**
 * The demo's examiner courses and calibration this year: the required basic training every trained examiner
 * attended (their training date is its first day), a calibration day, a refresher still to come, and a calibration
 * exercise that Lena has submitted and Erik has a draft of. Attendance and the examiners' scores are their own acts
 * in the past, so they are written as entities (the boundary records attendance only after the day, as it is).
 */
@Dependent
class DemoCourses {

    @Inject
    Examiners examiners;

    @Inject
    Calibrations calibrations;

    @PersistenceContext
    EntityManager em;

    void thisYear(Long cycleId, Map<String, Long> people, LocalDate today) {
        var register = examiners.register(cycleId);
        LocalDate trained = register.stream().map(ExaminerRow::trainedOn).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(today.minusMonths(4));
        Instant now = Instant.now();
        var basic = new ExaminerCourse(cycleId, now);
        basic.describe("Grundutbildning för examinatorer", CourseKind.BASIC, trained, trained.plusDays(1),
                "Stadshuset, Rådssalen", true);
        register.stream().filter(r -> r.trainedOn() != null).forEach(r -> basic.getAttendance().put(r.id(), now));
        em.persist(basic);
        var calibrationDay = new ExaminerCourse(cycleId, now);
        calibrationDay.describe("Kalibreringsdag", CourseKind.CALIBRATION, trained.plusDays(8), null, "Kvalitetsenheten", false);
        register.stream().filter(r -> !r.email().startsWith("maja.")).forEach(r -> calibrationDay.getAttendance().put(r.id(), now));
        em.persist(calibrationDay);
        var refresher = new ExaminerCourse(cycleId, now);
        refresher.describe("Repetition inför nästa år", CourseKind.REFRESHER, today.plusMonths(2), null, "Stadshuset", false);
        em.persist(refresher);

        var exercise = calibrations.create(cycleId, new CalibrationDraft("Kalibrering: Förskolan Exempel", """
                Förskolan Exempel har 60 barn och 14 medarbetare. Ledningen har formulerat tre mål för året tillsammans \
                med medarbetarna och följer upp dem på varje arbetsplatsträff.

                Medarbetarna har individuella utvecklingsplaner, men kompetensutvecklingen kopplas ännu inte till \
                verksamhetens mål.

                Förskolan mäter vårdnadshavarnas nöjdhet varje år; resultaten har legat stilla i tre år och jämförs \
                inte med andra förskolor.""", 100, List.of(new CalibrationDraft.Reference("1", "Ledarskap och styrning", 60),
                new CalibrationDraft.Reference("2", "Medarbetare", 50), new CalibrationDraft.Reference("3", "Resultat", 30))));
        var lena = new CalibrationScoring(exercise.id(), people.get("lagledare@kvalitet.demo"), now);
        lena.score(List.of(70, 45, 40), now);
        lena.submit(3, now);
        em.persist(lena);
        var erik = new CalibrationScoring(exercise.id(), people.get("examinator@kvalitet.demo"), now);
        erik.score(Arrays.asList(75, null, null), now);
        em.persist(erik);
    }
}
