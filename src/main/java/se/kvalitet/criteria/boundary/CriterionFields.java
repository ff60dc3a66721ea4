package se.kvalitet.criteria.boundary;

import java.io.Serializable;
import se.kvalitet.criteria.entity.CriterionType;

/** What an administrator edits on a criterion; guiding questions one per line. */
public record CriterionFields(String title, String description, String guidingQuestions, CriterionType type,
                              int maxPoints, int answerMaxLength) implements Serializable {
}
