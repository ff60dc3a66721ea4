package se.kvalitet.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kvalitet.platform.security.Role;

/**
 * Gives an empty production database its first administrator, from configuration
 * ({@code KVALITET_BOOTSTRAP_ADMIN_EMAIL}, {@code KVALITET_BOOTSTRAP_ADMIN_PASSWORD}). Only acts while no
 * administrator exists, so removing the settings afterwards changes nothing and they can never be used
 * to take over a running system.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.ADMIN_NAME)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "kvalitet.bootstrap.admin-email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "kvalitet.bootstrap.admin-password")
    Optional<String> password;

    @Inject
    People people;

    @PostConstruct
    void createIfNone() {
        if (email.isEmpty() || password.isEmpty() || people.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        people.create(email.get(), email.get(), password.get().toCharArray(), EnumSet.of(Role.ADMIN, Role.STAFF), null, null);
        LOG.info(() -> "Created the first administrator " + email.get());
    }
}
