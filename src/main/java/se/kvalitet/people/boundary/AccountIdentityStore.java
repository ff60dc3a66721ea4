package se.kvalitet.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import se.kvalitet.platform.security.Role;

/**
 * The identity store of the local sign-in: accounts and salted PBKDF2 password hashes in our own
 * database. The city's OpenID Connect provider will come as a second store.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIns signIns;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var outcome = signIns.attempt(login.getCaller(), login.getPassword().getValue());
        if (!outcome.valid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.email(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
