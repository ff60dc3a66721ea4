package se.kvalitet.jury.boundary;

import java.io.Serializable;

/**
 * One application on the meeting's agenda: its label as the caller may see it and how many are recused.
 * {@code applicationId} is null in blind mode (the code names it then).
 */
public record AgendaItem(Long applicationId, String code, String label, String className, int recusals, boolean current,
                         String decision) implements Serializable {

    /** How a route names it: its id where the caller sees ids, else its code. */
    public String reference() {
        return applicationId != null ? applicationId.toString() : code;
    }
}
