package se.kvalitet.renewal.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a juror writes for one criterion: a value of the prize's scale (null clears it) and a short justification. */
@Schema(name = "JurorCriterionInput")
public record CriterionInput(String criterionCode, Integer value, String justification) {
}
