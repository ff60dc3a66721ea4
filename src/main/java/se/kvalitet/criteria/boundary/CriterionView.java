package se.kvalitet.criteria.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.criteria.entity.Criterion;
import se.kvalitet.criteria.entity.CriterionType;

/**
 * One criterion: what the unit must show, the questions guiding the answer, its weight (maximum points) and the
 * length limit of the applicant's answer.
 */
@JsonbPropertyOrder({"id", "position", "code", "title", "description", "guidingQuestions", "type", "maxPoints",
        "answerMaxLength"})
@Schema(name = "Criterion", description = "A criterion of an evaluation model",
        properties = {
                @SchemaProperty(name = "id", description = "Absent in presets (not saved)", nullable = true),
                @SchemaProperty(name = "description", nullable = true),
                @SchemaProperty(name = "guidingQuestions", description = "The guiding questions, one per entry"),
                @SchemaProperty(name = "maxPoints",
                        description = "The criterion's weight: the points a full score gives"),
                @SchemaProperty(name = "answerMaxLength",
                        description = "Maximum length of the applicant's answer, in characters")})
public record CriterionView(
        Long id,
        int position,
        String code,
        String title,
        String description,
        List<String> guidingQuestions,
        CriterionType type,
        int maxPoints,
        int answerMaxLength) {

    public static CriterionView from(Criterion criterion) {
        return new CriterionView(criterion.getId(), criterion.getPosition(), criterion.getCode(), criterion.getTitle(),
                criterion.getDescription(), criterion.getGuidingQuestionList(), criterion.getType(),
                criterion.getMaxPoints(), criterion.getAnswerMaxLength());
    }
}
