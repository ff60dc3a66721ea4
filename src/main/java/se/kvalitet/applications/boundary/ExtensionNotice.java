package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;

/** For the unit's start page: one of its drafts has a deadline of its own. */
public record ExtensionNotice(Long applicationId, int cycleYear, String award, Instant until, String reason)
        implements Serializable {
}
