package se.kvalitet.renewal.boundary;

import jakarta.ejb.Stateless;
import java.util.List;

/**
 * The jurors' aggregated scores on the renewal prize's entries, for the jury workspace.
 * Contract placeholder: the renewal component (issue 6) replaces this body with the real aggregation.
 */
@Stateless
public class RenewalStandings {

    /** The standings of a cycle's renewal-prize entries as the signed-in caller may see them. */
    public List<RenewalStanding> standings(long cycleId) {
        return List.of();
    }
}
