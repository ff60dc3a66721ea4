package se.kvalitet.organizations.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kvalitet.organizations.entity.Administration;
import se.kvalitet.organizations.entity.AdministrationKind;

/** An administration (förvaltning) or city-owned company (bolag) under a board. */
@JsonbPropertyOrder({"id", "name", "kind"})
@Schema(name = "Administration", description = "An administration or city-owned company under a board")
public record AdministrationView(Long id, String name, AdministrationKind kind) {

    public static AdministrationView from(Administration administration) {
        return new AdministrationView(administration.getId(), administration.getName(), administration.getKind());
    }
}
