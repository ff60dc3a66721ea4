package se.kvalitet.jury.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The jury's work on one cycle: the chair, blind mode (names hidden until the administrator reveals them), and
 * the meeting: its agreed order and the application being discussed now. Everything a juror's page follows is
 * here, in the database, so every juror sees the same thing whichever server answers.
 */
@Entity
@Table(name = "jury_meeting")
public class JuryMeeting {

    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "chair_id")
    private Long chairId;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "names_revealed_at")
    private Instant namesRevealedAt;

    @Column
    private String agenda;

    @Column(name = "discussing_application_id")
    private Long discussingApplicationId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Version
    private long version;

    protected JuryMeeting() {
    }

    public JuryMeeting(Long cycleId) {
        this.cycleId = cycleId;
    }

    public void appointChair(Long personId) {
        this.chairId = personId;
    }

    /** Blind mode can be switched on or off until the names are revealed; revealing is final. */
    public void setBlind(boolean blind) {
        if (namesRevealedAt != null) {
            throw new RuleViolation("jury.blind.alreadyRevealed");
        }
        this.blind = blind;
    }

    public void revealNames(Instant now) {
        if (!blind) {
            throw new RuleViolation("jury.blind.notBlind");
        }
        if (namesRevealedAt == null) {
            namesRevealedAt = now;
        }
    }

    /** Whether names are hidden from jurors now. */
    public boolean namesHidden() {
        return blind && namesRevealedAt == null;
    }

    /** Sets the order the meeting takes the applications in; starts the meeting at the first one if not begun. */
    public void setAgenda(List<Long> order, Instant now) {
        agenda = order.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (startedAt == null) {
            startedAt = now;
        }
        if (discussingApplicationId == null || !order.contains(discussingApplicationId)) {
            discussingApplicationId = order.isEmpty() ? null : order.get(0);
        }
    }

    /** Prepares the agenda without starting the meeting (the chair starts it). */
    public void propose(List<Long> order) {
        agenda = order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public List<Long> agenda() {
        if (agenda == null || agenda.isBlank()) {
            return List.of();
        }
        return Arrays.stream(agenda.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** Moves the discussion to an application on the agenda. */
    public void discuss(Long applicationId) {
        if (startedAt == null) {
            throw new RuleViolation("jury.meeting.notStarted");
        }
        if (!agenda().contains(applicationId)) {
            throw new RuleViolation("jury.meeting.notOnAgenda", applicationId);
        }
        discussingApplicationId = applicationId;
    }

    /** The next (+1) or previous (−1) application on the agenda; stays at the ends. */
    public void step(int direction) {
        var order = agenda();
        if (startedAt == null || order.isEmpty()) {
            throw new RuleViolation("jury.meeting.notStarted");
        }
        int at = order.indexOf(discussingApplicationId);
        int next = Math.max(0, Math.min(order.size() - 1, at + Integer.signum(direction)));
        discussingApplicationId = order.get(next);
    }

    public boolean started() { return startedAt != null; }

    public Long getCycleId() { return cycleId; }
    public Long getChairId() { return chairId; }
    public boolean isBlind() { return blind; }
    public Instant getNamesRevealedAt() { return namesRevealedAt; }
    public Long getDiscussingApplicationId() { return discussingApplicationId; }
    public Instant getStartedAt() { return startedAt; }
    public long getVersion() { return version; }
}
