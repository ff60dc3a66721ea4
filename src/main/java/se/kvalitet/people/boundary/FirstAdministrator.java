package se.kvalitet.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives an empty production database its first administrator, from configuration
 * ({@code KVALITET_BOOTSTRAP_ADMIN_EMAIL}, {@code KVALITET_BOOTSTRAP_ADMIN_PASSWORD}). Only acts while no
 * administrator exists, so removing the settings afterwards changes nothing and they can never be used
 * to take over a running system. Runs as nobody: {@link People#createFirstAdministrator} itself allows only this
 * one step, and only while no administrator exists.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
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
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        if (people.createFirstAdministrator(email.get(), password.get().toCharArray())) {
            LOG.info(() -> "Created the first administrator " + email.get());
        }
    }
}
