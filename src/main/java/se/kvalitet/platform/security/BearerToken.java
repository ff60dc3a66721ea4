package se.kvalitet.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token sent as {@code Authorization: Bearer <token>}; its owner's identity store checks it. */
public record BearerToken(String token) implements Credential {

    @Override
    public String toString() {
        return "BearerToken[…]";
    }
}
