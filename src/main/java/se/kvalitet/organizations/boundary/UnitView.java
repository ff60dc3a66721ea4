package se.kvalitet.organizations.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.organizations.entity.Unit;

/** A unit (enhet), the applicant of the award, with its place in the organisation tree. */
@JsonbPropertyOrder({"id", "name", "operatorType", "serviceArea", "staffCount", "active", "administrationId",
        "administrationName", "boardId", "boardName"})
@Schema(name = "Unit", description = "A unit with its administration and board",
        properties = {
                @SchemaProperty(name = "staffCount", description = "Number of staff"),
                @SchemaProperty(name = "active",
                        description = "False for units that no longer exist or no longer take part")})
public record UnitView(
        Long id,
        String name,
        OperatorType operatorType,
        ServiceArea serviceArea,
        int staffCount,
        boolean active,
        Long administrationId,
        String administrationName,
        Long boardId,
        String boardName) {

    public static UnitView from(Unit unit) {
        var administration = unit.getAdministration();
        var board = administration.getBoard();
        return new UnitView(unit.getId(), unit.getName(), unit.getOperatorType(), unit.getServiceArea(),
                unit.getStaffCount(), unit.isActive(), administration.getId(), administration.getName(),
                board.getId(), board.getName());
    }
}
