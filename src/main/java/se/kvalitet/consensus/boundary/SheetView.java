package se.kvalitet.consensus.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The consensus sheet of an application as its team and the administrator see it. Before the leader opens it
 * the status is NOT_OPENED and there are no rows. {@code version} guards the themes and the recommendation;
 * {@code contentVersion} is what a member signs (it changes with any change to the sheet). {@code missing}
 * holds the bundle keys of what still keeps the leader from closing.
 */
public record SheetView(Long applicationId, String registrationNumber, String unitName, Long consensusId,
                        String status, long version, long contentVersion, boolean callerIsLeader,
                        boolean callerIsMember, boolean callerIsAdmin, boolean callerSigned, String scaleKind,
                        int spreadThreshold, List<ScaleChoice> scale, List<SheetMember> members, List<String> examiners,
                        List<SheetRow> rows, List<String> keyStrengths, List<String> keyImprovements,
                        Boolean siteVisitRecommended, String proposedLevel, double totalPoints, List<String> missing,
                        Instant openedAt, Instant closedAt) implements Serializable {

    public boolean opened() { return !"NOT_OPENED".equals(status); }
    public boolean open() { return "OPEN".equals(status); }
    public boolean closed() { return "CLOSED".equals(status); }
    public boolean editable() { return open() && callerIsMember; }
    public long flaggedCount() { return rows.stream().filter(SheetRow::flagged).count(); }
}
