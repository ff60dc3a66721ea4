package se.kvalitet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for the limits on guessing passwords. Behind a reverse proxy every request
 * comes from the proxy, so a request from one of the proxies named in {@code kvalitet.trusted-proxies} is taken to
 * come from the last address the proxy added to {@code X-Forwarded-For}; from anybody else that header is ignored
 * (a client could write anything into it). Without the setting behind a proxy, every client would share the
 * proxy's counter, and a hundred wrong passwords would pause everybody's sign-in.
 */
@ApplicationScoped
public class ClientAddresses {

    /** Comma-separated (Payara's config producer takes no {@code Optional<List>}). */
    @Inject
    @ConfigProperty(name = "kvalitet.trusted-proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (remote == null || !trusted(trustedProxies.orElse(""), remote)) {
            return remote;
        }
        return lastForwarded(request.getHeader("X-Forwarded-For")).orElse(remote);
    }

    static boolean trusted(String proxies, String remote) {
        return List.of(proxies.split(",")).stream().map(String::strip).anyMatch(remote::equals);
    }

    /** The hop the trusted proxy added itself: the last entry of the header. */
    static Optional<String> lastForwarded(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] hops = header.split(",", -1);
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? Optional.empty() : Optional.of(last);
    }
}
