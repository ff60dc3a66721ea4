package se.kvalitet.jury.boundary;

import java.time.Instant;

/**
 * A jury decision as others may read it once it is announced: the feedback report prints it, the good-examples
 * library prepares records from it.
 *
 * @param outcome    WINNER, HONOURABLE_MENTION or NOT_AWARDED (the jury's {@code Outcome} by name, so readers
 *                   outside the component need not see its entities)
 * @param motivation the publishable motivation; null only for NOT_AWARDED without one
 */
public record AnnouncedDecision(long applicationId, long cycleId, String outcome, String motivation,
                                Instant announcedAt) {
}
