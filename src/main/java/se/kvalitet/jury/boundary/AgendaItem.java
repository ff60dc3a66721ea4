package se.kvalitet.jury.boundary;

import java.io.Serializable;

/** One application on the meeting's agenda: its label as the caller may see it and how many are recused. */
public record AgendaItem(long applicationId, String label, String className, int recusals, boolean current,
                         String decision) implements Serializable {
}
