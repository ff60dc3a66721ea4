package se.kvalitet.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token sent as {@code Authorization: Bearer <token>}; its owner's identity store checks it. */
public record BearerToken(String token) implements Credential {

    /** The request attribute that marks a request signed in with a token (set to {@code Boolean.TRUE}). */
    public static final String USED = "kvalitet.bearerToken";

    @Override
    public String toString() {
        return "BearerToken[…]";
    }
}
