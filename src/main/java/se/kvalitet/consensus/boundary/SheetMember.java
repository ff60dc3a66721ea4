package se.kvalitet.consensus.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A team member on the sheet: whether they submitted their assessment and signed the consensus. */
public record SheetMember(Long personId, String name, boolean leader, boolean submitted, Instant signedAt)
        implements Serializable {

    public boolean signed() { return signedAt != null; }
}
