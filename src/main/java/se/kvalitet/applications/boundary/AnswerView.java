package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.util.List;

/** One criterion of the frozen model beside the application's answer to it ({@code text} null when unanswered). */
public record AnswerView(Long criterionId, int position, String code, String title, String description,
                         List<String> guidingQuestions, int maxLength, String text) implements Serializable {

    /** Characters written so far (for the counter). */
    public int length() {
        return text == null ? 0 : text.length();
    }
}
