package se.kvalitet.jury.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The shared "now discussing" view: the agenda, the application being discussed (as the caller may see it:
 * a recused juror sees only that they are recused), attendance. Every juror's page polls this.
 *
 * @param position 1-based place of the discussed application on the agenda, 0 before the meeting starts
 */
public record MeetingView(Long cycleId, String cycleName, boolean started, List<AgendaItem> agenda,
                          StandingView discussing, int position, boolean chair, boolean admin, boolean present,
                          boolean announced, List<JurorView> jurors, long version) implements Serializable {
}
