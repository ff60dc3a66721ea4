package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An administrator's reopening of a submitted application, with the recorded reason. */
public record ReopeningView(String reason, String reopenedBy, Instant reopenedAt) implements Serializable {
}
