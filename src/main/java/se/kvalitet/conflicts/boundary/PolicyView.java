package se.kvalitet.conflicts.boundary;

import java.io.Serializable;

/** The cycle's automatic conflict rules; version 0 while the defaults have never been saved. */
public record PolicyView(Long cycleId, boolean ownUnit, boolean ownAdministration, int lookbackYears, long version)
        implements Serializable {
}
