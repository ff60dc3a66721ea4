package se.kvalitet.feedback.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One application in the leader's and administrator's overview: its team, how far the individual assessments are
 * (counts of the team's examiners), the consensus (NOT_OPENED, OPEN, CLOSED), the site visit (NONE, PLANNED,
 * HELD) and the report (NONE, DRAFTED, REVIEWED, RELEASED).
 */
public record OverviewRow(Long applicationId, String registrationNumber, String unitName, String className,
                          List<String> team, long notStarted, long draft, long submitted, long locked,
                          String consensus, String siteVisit, String report) implements Serializable {

    public OverviewRow {
        team = List.copyOf(team);
    }
}
