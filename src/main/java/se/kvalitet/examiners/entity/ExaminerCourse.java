package se.kvalitet.examiners.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.persistence.InstantConverter;

/**
 * One of the year's examiner courses (basic training, calibration day, refresher) with its attendance: which
 * examiner records of the cycle attended, recorded after the day. Attending a <em>required</em> course makes an
 * examiner trained for the cycle: the record's training date is the course's first day.
 */
@Entity
@Table(name = "examiner_course")
public class ExaminerCourse {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    private String name;

    @Enumerated(EnumType.STRING)
    private CourseKind kind;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private String place;

    private boolean required;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Examiner record id to when its attendance was recorded. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_attendance", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "profile_id")
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class) // autoApply does not reach a map's values
    private Map<Long, Instant> attendance = new HashMap<>();

    @Version
    private long version;

    protected ExaminerCourse() {
    }

    public ExaminerCourse(Long cycleId, Instant now) {
        this.cycleId = cycleId;
        this.createdAt = now;
    }

    /** Name, kind, days and place; a course ends on or after its first day. */
    public void describe(String name, CourseKind kind, LocalDate heldOn, LocalDate endsOn, String place, boolean required) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("examiners.course.nameRequired");
        }
        if (name.strip().length() > MAX_NAME || (place != null && place.strip().length() > MAX_NAME)) {
            throw new RuleViolation("examiners.course.tooLong", MAX_NAME);
        }
        if (kind == null || heldOn == null) {
            throw new RuleViolation("examiners.course.kindAndDateRequired");
        }
        if (endsOn != null && endsOn.isBefore(heldOn)) {
            throw new RuleViolation("examiners.course.endsBeforeStart");
        }
        this.name = name.strip();
        this.kind = kind;
        this.heldOn = heldOn;
        this.endsOn = endsOn == null || endsOn.equals(heldOn) ? null : endsOn;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.required = required;
    }

    /** Attendance is recorded for what happened: not before the course's first day. */
    public void recordAttendance(Long profileId, LocalDate today, Instant now) {
        if (today.isBefore(heldOn)) {
            throw new RuleViolation("examiners.course.notYetHeld");
        }
        attendance.putIfAbsent(profileId, now);
    }

    public void removeAttendance(Long profileId) {
        attendance.remove(profileId);
    }

    public boolean attended(Long profileId) {
        return attendance.containsKey(profileId);
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public String getName() { return name; }
    public CourseKind getKind() { return kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getPlace() { return place; }
    public boolean isRequired() { return required; }
    public Map<Long, Instant> getAttendance() { return attendance; }
    public long getVersion() { return version; }
}
