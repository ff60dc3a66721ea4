package se.kvalitet.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one database. Which database it is comes from MicroProfile Config
 * (environment variables in production, the embedded H2 file database by default), so the
 * same WAR runs on the demo laptop and against the city's MySQL 8 without a rebuild.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/kvalitet",
        className = "${MPCONFIG=db.datasource-class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class KvalitetDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/kvalitet";
}
