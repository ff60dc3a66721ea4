package se.kvalitet.organizations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationRow;
import se.kvalitet.organizations.boundary.Organizations.BoardRow;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Messages;

/** Administrations and companies on the organisation page: the list, and one form to create or change one. */
@Named
@ViewScoped
public class AdministrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organizations organizations;

    private List<AdministrationRow> administrations;
    private List<BoardRow> boards;
    private Long editingId;
    private long version;
    private Long boardId;
    private String name;
    private AdministrationKind kind = AdministrationKind.ADMINISTRATION;

    @PostConstruct
    void load() {
        administrations = organizations.administrationRows();
        boards = organizations.boardRows();
    }

    public void edit(AdministrationRow administration) {
        editingId = administration.id();
        version = administration.version();
        boardId = administration.boardId();
        name = administration.name();
        kind = administration.kind();
    }

    public void cancel() {
        editingId = null;
        boardId = null;
        name = null;
        kind = AdministrationKind.ADMINISTRATION;
    }

    public String save() {
        try {
            if (editingId == null) {
                organizations.createAdministration(boardId, name, kind);
            } else {
                organizations.updateAdministration(editingId, version, boardId, name, kind);
            }
        } catch (RuleViolation refused) {
            Messages.error(refused);
            return null;
        }
        Messages.info("saved");
        Messages.keepForRedirect();
        return "/organizations/units?faces-redirect=true";
    }

    public List<AdministrationRow> getAdministrations() { return administrations; }
    public List<BoardRow> getBoards() { return boards; }
    public AdministrationKind[] getKinds() { return AdministrationKind.values(); }
    public boolean isEditing() { return editingId != null; }
    public Long getBoardId() { return boardId; }
    public void setBoardId(Long boardId) { this.boardId = boardId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public AdministrationKind getKind() { return kind; }
    public void setKind(AdministrationKind kind) { this.kind = kind; }
}
