package se.kvalitet.jury.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The jury's workspace for one cycle as the caller may see it: per class the ranked applications, the jurors,
 * and the settings (chair, blind mode). {@code chair}: the caller chairs; {@code admin}: the caller administers.
 */
public record WorkspaceView(Long cycleId, int year, String cycleName, String phase, boolean blind,
                            boolean namesHidden, Instant namesRevealedAt, Long chairId, String chairName,
                            boolean chair, boolean admin, boolean announced, List<ClassView> classes,
                            List<JurorView> jurors, long version) implements Serializable {
}
