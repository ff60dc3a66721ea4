package se.kvalitet.examples.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * At start-up, gives every record without a publication PDF its own (records prepared before issue 12 carried a
 * copy of the application's PDF instead, which migration V14_1 removed). Reads and writes only the examples
 * component's own tables and calls nothing secured, so it needs no privileged identity.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class PublicationBackfill {

    private static final Logger LOG = Logger.getLogger(PublicationBackfill.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void renderMissing() {
        var missing = PublicationFiles.missing(em);
        Instant now = Instant.now();
        missing.forEach(example -> PublicationFiles.renew(em, example, now));
        if (!missing.isEmpty()) {
            LOG.info("Good examples: made the publication PDF of " + missing.size() + " record(s)");
        }
    }
}
