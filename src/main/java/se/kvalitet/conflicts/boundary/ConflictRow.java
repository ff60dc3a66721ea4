package se.kvalitet.conflicts.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One (person, application) conflict in the administrator's list: who, which application (registration
 * number, unit), why (reason codes), and the ruling in force if any (then it no longer blocks).
 */
public record ConflictRow(long personId, String fullName, String email, boolean examiner, boolean juror,
                          long applicationId, String registrationNumber, String unitName, List<String> reasons,
                          Long rulingId, String ruling, String rulingReason, long rulingVersion)
        implements Serializable {

    public ConflictRow {
        reasons = List.copyOf(reasons);
    }

    public boolean blocks() {
        return ruling == null;
    }
}
