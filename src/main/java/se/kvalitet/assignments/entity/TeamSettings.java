package se.kvalitet.assignments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kvalitet.platform.errors.RuleViolation;

/** How many examiners (the leader included) each team of a cycle category has. */
@Entity
@Table(name = "team_settings")
public class TeamSettings {

    public static final int MIN_TEAM_SIZE = 2;
    public static final int MAX_TEAM_SIZE = 6;
    public static final int DEFAULT_TEAM_SIZE = 3;

    @Id
    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "team_size")
    private int teamSize = DEFAULT_TEAM_SIZE;

    @Version
    private long version;

    protected TeamSettings() {
    }

    public TeamSettings(Long categoryId) {
        this.categoryId = categoryId;
    }

    /** Fewer than two cannot reach a consensus; more than six cannot meet. */
    public void changeTeamSize(int size) {
        requireTeamSize(size);
        teamSize = size;
    }

    public static void requireTeamSize(int size) {
        if (size < MIN_TEAM_SIZE || size > MAX_TEAM_SIZE) {
            throw new RuleViolation("assignments.teamSize.range", MIN_TEAM_SIZE, MAX_TEAM_SIZE);
        }
    }

    public Long getCategoryId() { return categoryId; }
    public int getTeamSize() { return teamSize; }
    public long getVersion() { return version; }
}
