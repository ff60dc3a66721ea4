package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One criterion of the frozen model beside the application's answer to it ({@code text} null when unanswered);
 * {@code type} PROCESS, RESULT or INNOVATION (results criteria take indicator tables).
 */
public record AnswerView(Long criterionId, int position, String code, String title, String description,
                         List<String> guidingQuestions, int maxLength, String text, String type) implements Serializable {

    /** A results criterion: its answer may carry an indicator table. */
    public boolean result() {
        return "RESULT".equals(type);
    }

    /** Characters written so far (for the counter). */
    public int length() {
        return text == null ? 0 : text.length();
    }
}
