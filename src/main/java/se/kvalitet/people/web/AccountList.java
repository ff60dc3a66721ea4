package se.kvalitet.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.kvalitet.people.boundary.People;
import se.kvalitet.people.boundary.People.AccountFilter;
import se.kvalitet.platform.security.Role;

/** The account list: a filter form (name or e-mail, role) and a lazy, sortable table. */
@Named
@ViewScoped
public class AccountList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "accounts:accountsTable";

    @Inject
    People people;

    private AccountRows rows;
    private String text;
    private Role role;

    @PostConstruct
    void load() {
        rows = new AccountRows(people);
    }

    /** Applies the filter form and goes back to the first page. */
    public void filter() {
        rows.setFilter(new AccountFilter(text, role));
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }

    public void clear() {
        text = null;
        role = null;
        filter();
    }

    public AccountRows getRows() { return rows; }
    public Role[] getRoles() { return Role.values(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
