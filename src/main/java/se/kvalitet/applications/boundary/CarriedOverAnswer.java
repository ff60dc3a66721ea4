package se.kvalitet.applications.boundary;

import java.io.Serializable;

/**
 * An answer of the earlier application a draft was started from that was not copied into it: its criterion
 * ({@code code}, {@code title} as it was) is not in this year's model, or the text is longer than this year's
 * limit ({@code reason} says which: {@code NO_CRITERION}, {@code TOO_LONG}). Shown beside the draft so the unit
 * can reuse it by hand; it stays in the earlier application.
 */
public record CarriedOverAnswer(String code, String reason, String text) implements Serializable {
}
