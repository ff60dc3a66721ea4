package se.kvalitet.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvalitet.platform.security.BearerToken;
import se.kvalitet.platform.security.ClientAddresses;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.security.SignedInCaller;

/**
 * The identity store of the local sign-in: accounts and salted PBKDF2 password hashes in our own database
 * (limited per account and per client address), personal API tokens, and the check of a signed-in session on
 * every request. The city's OpenID Connect provider will come as a second store.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIns signIns;

    @Inject
    ApiTokens tokens;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddresses addresses;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential login) {
            var outcome = signIns.attempt(login.getCaller(), login.getPassword().getValue(), clientAddress());
            return outcome.valid() ? valid(outcome.email(), outcome.roles()) : CredentialValidationResult.INVALID_RESULT;
        }
        if (credential instanceof SignedInCaller session) {
            return signIns.currentRoles(session.name()).map(roles -> valid(session.name(), roles))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (credential instanceof BearerToken bearer) {
            return tokens.caller(bearer.token()).map(caller -> valid(caller.email(), caller.roles()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult valid(String email, Set<Role> roles) {
        return new CredentialValidationResult(email, roles.stream().map(Role::name).collect(Collectors.toSet()));
    }

    /** The client's IP address (behind a trusted proxy: the one it forwards for); null outside a request. */
    private String clientAddress() {
        try {
            return addresses.of(request);
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return null;
        }
    }
}
