package se.kvalitet.criteria.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kvalitet.criteria.entity.CriterionType;
import se.kvalitet.criteria.entity.RadarAttribute;

/** A RADAR attribute (e.g. Ansats) scored in percent for criteria of one type. */
@JsonbPropertyOrder({"code", "label", "appliesTo"})
@Schema(name = "RadarAttribute", description = "A RADAR attribute scored in percent for the criteria of one type")
public record RadarAttributeView(String code, String label, CriterionType appliesTo) {

    public static RadarAttributeView from(RadarAttribute attribute) {
        return new RadarAttributeView(attribute.getCode(), attribute.getLabel(), attribute.getAppliesTo());
    }
}
