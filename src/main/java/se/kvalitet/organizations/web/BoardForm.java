package se.kvalitet.organizations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.BoardRow;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Messages;

/** Boards on the organisation page: the list, and one form that creates a board or renames the chosen one. */
@Named
@ViewScoped
public class BoardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organizations organizations;

    private List<BoardRow> boards;
    private Long editingId;
    private long version;
    private String name;

    @PostConstruct
    void load() {
        boards = organizations.boardRows();
    }

    public void edit(BoardRow board) {
        editingId = board.id();
        version = board.version();
        name = board.name();
    }

    public void cancel() {
        editingId = null;
        name = null;
    }

    /** Creates or renames; on success back to a fresh page (Post-Redirect-Get), on a refusal the input stays. */
    public String save() {
        try {
            if (editingId == null) {
                organizations.createBoard(name);
            } else {
                organizations.renameBoard(editingId, version, name);
            }
        } catch (RuleViolation refused) {
            Messages.error(refused);
            return null;
        }
        Messages.info("saved");
        Messages.keepForRedirect();
        return "/organizations/units?faces-redirect=true";
    }

    public List<BoardRow> getBoards() { return boards; }
    public Long getEditingId() { return editingId; }
    public boolean isEditing() { return editingId != null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
