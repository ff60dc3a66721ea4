package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/** A soft warning about a team (bundle key) and the names it concerns, comma-separated (may be empty). */
public record WarningView(String key, String names) implements Serializable {
}
