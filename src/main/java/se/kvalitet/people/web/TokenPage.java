package se.kvalitet.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.kvalitet.people.boundary.ApiTokens;
import se.kvalitet.people.boundary.ApiTokens.NewToken;
import se.kvalitet.people.boundary.ApiTokens.TokenView;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Messages;

/**
 * The person's own API tokens: create one (its secret is shown on this page once, then forgotten), see them
 * all with their expiry, revoke one. The boundary decides what is the caller's.
 */
@Named
@ViewScoped
public class TokenPage implements Serializable {

    /** The lifetimes offered, in days; the boundary checks the configured maximum again. */
    static final List<Integer> LIFETIMES = List.of(7, 30, 90, 180, 365);

    @Inject
    ApiTokens tokens;

    private List<TokenView> mine;
    private String name;
    private Integer expiresInDays = 90;
    /** The secret of the token just created; shown once, gone with the next action or page. */
    private String newSecret;

    @PostConstruct
    void load() {
        mine = tokens.mine();
    }

    public void create() {
        newSecret = null;
        Attempt.succeeded(() -> {
            var created = tokens.create(new NewToken(name, expiresInDays));
            newSecret = created.secret();
            name = null;
            Messages.info("people.token.created", created.token().name());
        });
        load();
    }

    public void revoke(Long id) {
        newSecret = null;
        Attempt.succeeded(() -> {
            var revoked = tokens.revoke(id);
            Messages.info("people.token.revoked", revoked.name());
        });
        load();
    }

    /** A lifetime to choose, with its label in the page's language. */
    public record Lifetime(int days, String label) implements Serializable {
    }

    public List<Lifetime> getLifetimes() {
        int max = tokens.maxDays();
        return LIFETIMES.stream().filter(days -> days <= max)
                .map(days -> new Lifetime(days, Messages.text("people.tokens.days", days))).toList();
    }

    public List<TokenView> getMine() { return mine; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getExpiresInDays() { return expiresInDays; }
    public void setExpiresInDays(Integer expiresInDays) { this.expiresInDays = expiresInDays; }
    public String getNewSecret() { return newSecret; }
}
