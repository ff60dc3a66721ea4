package se.kvalitet.jury.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A competition class of one award with its applications ranked. {@code noWinner}: every application is decided
 * and none won (the jury may award nobody in a class).
 */
public record ClassView(String award, Long classId, String className, List<StandingView> rows, boolean allDecided,
                        boolean noWinner) implements Serializable {
}
