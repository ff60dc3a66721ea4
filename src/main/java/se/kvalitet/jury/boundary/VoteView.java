package se.kvalitet.jury.boundary;

import java.io.Serializable;

/** A juror's vote: WINNER, HONOURABLE_MENTION or NOT_AWARDED. */
public record VoteView(Long jurorId, String jurorName, String outcome) implements Serializable {
}
