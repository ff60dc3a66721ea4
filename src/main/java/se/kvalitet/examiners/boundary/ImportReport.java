package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a CSV import does or would do: every row with its action, every bad row with its line and reason.
 * Nothing is imported while any row is bad ({@code committed} false).
 */
public record ImportReport(List<Line> lines, List<Error> errors, boolean committed) implements Serializable {

    /** What happens to a row: a new account and record, a new record for an existing person, or an update. */
    public enum Action { NEW_ACCOUNT, NEW_RECORD, UPDATE }

    public record Line(int line, String email, String name, String administrationName, String unitName,
                       Action action, LocalDate trainedOn, int yearsOfExperience, int earlierAssessments,
                       boolean leaderEligible, List<String> competences, int capacity, String managerName,
                       LocalDate managerApprovedOn) implements Serializable {
    }

    /** A bad row: its line (1 is the header) and the reason as a bundle key with its arguments. */
    public record Error(int line, String key, List<Object> arguments) implements Serializable {
    }

    public ImportReport {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public long count(Action action) {
        return lines.stream().filter(l -> l.action() == action).count();
    }
}
