package se.kvalitet.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The caller a browser session says is signed in, presented again on every request of the session: the identity
 * store answers with the groups the account holds now, or refuses once the account may no longer sign in, so a
 * deactivated account or a role taken away takes effect on the next request instead of at the session's end.
 */
public record SignedInCaller(String name) implements Credential {
}
