package se.kvalitet.cycles.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kvalitet.cycles.entity.CompetitionClass;

/** A competition class (tävlingsklass) of a category: applications compete within it. */
@JsonbPropertyOrder({"id", "position", "name"})
@Schema(name = "CompetitionClass", description = "A competition class of a category")
public record CompetitionClassView(Long id, int position, String name) {

    public static CompetitionClassView from(CompetitionClass competitionClass) {
        return new CompetitionClassView(competitionClass.getId(), competitionClass.getPosition(), competitionClass.getName());
    }
}
