package se.kvalitet.conflicts.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A declared conflict as its author and the administrator see it, with the names of its target. */
public record DeclarationView(Long id, Long cycleId, Long personId, String actingAs, Long unitId, String unitName,
                              Long administrationId, String administrationName, Long applicationId,
                              String registrationNumber, String reason, String explanation, LocalDate endedOn,
                              Instant declaredAt, Instant withdrawnAt, long version) implements Serializable {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
