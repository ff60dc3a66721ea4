package se.kvalitet.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import se.kvalitet.organizations.boundary.Organizations;
import se.kvalitet.organizations.boundary.Organizations.AdministrationSummary;
import se.kvalitet.organizations.boundary.Organizations.UnitSummary;
import se.kvalitet.people.boundary.People;
import se.kvalitet.people.boundary.People.AccountChange;
import se.kvalitet.people.boundary.People.AccountRow;
import se.kvalitet.people.entity.Person;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * Creates an account ({@code account.xhtml}) or changes one ({@code account.xhtml?id=…}), sets its
 * password and lifts a sign-in pause. Holds only the form fields and the version being changed; every
 * rule is checked by {@link People}.
 */
@Named
@ViewScoped
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/people/accounts?faces-redirect=true";

    @Inject
    People people;

    @Inject
    Organizations organizations;

    private Long id;
    private String idParam;
    private long version;
    private String currentName;
    private Instant lastSignInAt;
    private Instant pausedUntil;
    private boolean hasPassword;
    private List<UnitSummary> units;
    private List<AdministrationSummary> administrations;

    private String fullName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private Long unitId;
    private Long administrationId;
    private String preferredLocale = "sv";
    private boolean active = true;
    private String password;
    private String passwordConfirmation;


    /** Runs on the first request only (view action): loads the account to change, if any. */
    public String load() {
        if (idParam != null && !idParam.isBlank()) {
            id = Ids.parse(idParam.strip());
            if (id == null) {
                Messages.error("people.notFound");
                Messages.keepForRedirect();
                return LIST;
            }
        }
        if (id != null) {
            var found = people.account(id);
            if (found.isEmpty()) {
                Messages.error("people.notFound");
                Messages.keepForRedirect();
                return LIST;
            }
            show(found.get());
        }
        units = organizations.unitChoices(unitId);
        administrations = organizations.administrationSummaries();
        return null;
    }

    private void show(AccountRow account) {
        version = account.version();
        currentName = account.fullName();
        lastSignInAt = account.lastSignInAt();
        pausedUntil = account.pausedUntil();
        hasPassword = account.hasPassword();
        fullName = account.fullName();
        email = account.email();
        roles = new ArrayList<>(account.roles().stream().map(Role::name).toList());
        unitId = account.unitId();
        administrationId = account.administrationId();
        preferredLocale = account.preferredLocale();
        active = account.active();
    }

    public String save() {
        var change = new AccountChange(fullName, email, chosenRoles(), unitId, administrationId, preferredLocale, active);
        char[] newPassword = chars(password);
        char[] confirmation = chars(passwordConfirmation);
        try {
            if (id == null) {
                people.createAccount(change, newPassword, confirmation);
            } else {
                people.updateAccount(id, version, change, newPassword, confirmation);
            }
        } catch (RuleViolation refused) {
            Messages.error(refused);
            return null;
        } finally {
            Arrays.fill(newPassword, '\0');
            Arrays.fill(confirmation, '\0');
            password = null;
            passwordConfirmation = null;
        }
        Messages.info("saved");
        Messages.keepForRedirect();
        return LIST;
    }

    /** Lifts the pause after failed sign-ins; the rest of the form is left as it is. */
    public void unpause() {
        try {
            var account = people.unpause(id, version);
            version = account.version();
            pausedUntil = account.pausedUntil();
            Messages.info("people.unpaused", account.fullName());
        } catch (RuleViolation refused) {
            Messages.error(refused);
        }
    }

    private EnumSet<Role> chosenRoles() {
        var chosen = EnumSet.noneOf(Role.class);
        for (String role : roles) {
            chosen.add(Role.valueOf(role));
        }
        return chosen;
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public boolean isCreating() { return id == null; }
    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getCurrentName() { return currentName; }
    public Instant getLastSignInAt() { return lastSignInAt; }
    public Instant getPausedUntil() { return pausedUntil; }
    public boolean isPaused() { return pausedUntil != null; }
    public boolean isHasPassword() { return hasPassword; }
    public List<UnitSummary> getUnits() { return units; }
    public List<AdministrationSummary> getAdministrations() { return administrations; }
    public Role[] getAllRoles() { return Role.values(); }
    public List<String> getLanguages() { return Person.LANGUAGES; }
    public int getMinPasswordLength() { return People.MIN_PASSWORD_LENGTH; }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public String getPreferredLocale() { return preferredLocale; }
    public void setPreferredLocale(String preferredLocale) { this.preferredLocale = preferredLocale; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String passwordConfirmation) { this.passwordConfirmation = passwordConfirmation; }
}
