package se.kvalitet.consensus.boundary;

import jakarta.enterprise.context.Dependent;
import java.util.List;

/**
 * The individual assessments, reached through the scoring component's boundary. One class, so the consensus
 * depends on scoring's contract in one place only.
 */
@Dependent
public class Individuals {

    /** The submitted (or locked) assessments of an application the caller may see; empty when blind to them. */
    public List<Submitted> submitted(Long applicationId) {
        return List.of();
    }

    /** Every assessment of the application becomes read-only (kept on record). */
    public void lock(Long applicationId) {
    }
}
