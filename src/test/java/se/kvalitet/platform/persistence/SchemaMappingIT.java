package se.kvalitet.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.PluralAttribute;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Applies every migration in db/migration to a fresh embedded H2 (MySQL mode, the demo default) and to a
 * fresh database on the real MariaDB server, then checks that the JPA mapping fits the resulting schema:
 * every table and column EclipseLink maps exists, and every entity and collection can be queried.
 * (EclipseLink has no schema validator of its own; this is ours.)
 */
class SchemaMappingIT {

    static final String MARIADB_SERVER = System.getProperty("it.db.server", "jdbc:mysql://127.0.0.1:3306/");
    static final String USER = System.getProperty("it.db.user", "kvalitet_test");
    static final String PASSWORD = System.getProperty("it.db.password", "kvalitet_test");

    @Test
    void migrationsFitTheMappingOnH2() throws Exception {
        String url = "jdbc:h2:mem:schema_" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        var ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        verify(ds, url, "sa", "", "org.h2.Driver");
    }

    @Test
    void migrationsFitTheMappingOnMariaDb() throws Exception {
        String database = "kvalitet_schema_" + Long.toString(System.nanoTime(), 36);
        try (Connection admin = DriverManager.getConnection(MARIADB_SERVER, USER, PASSWORD)) {
            admin.createStatement().execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            String url = MARIADB_SERVER + database + "?useUnicode=true&characterEncoding=UTF-8&serverTimezone=UTC";
            var ds = new MysqlDataSource();
            ds.setURL(url);
            ds.setUser(USER);
            ds.setPassword(PASSWORD);
            verify(ds, url, USER, PASSWORD, "com.mysql.cj.jdbc.Driver");
        } finally {
            try (Connection admin = DriverManager.getConnection(MARIADB_SERVER, USER, PASSWORD)) {
                admin.createStatement().execute("DROP DATABASE " + database);
            }
        }
    }

    private void verify(DataSource ds, String url, String user, String password, String driver) throws SQLException {
        var result = SchemaMigration.configure(ds).migrate();
        assertTrue(result.migrationsExecuted > 0, "migrations ran");
        assertEquals(0, SchemaMigration.configure(ds).migrate().migrationsExecuted, "a second run applies nothing");

        Map<String, Set<String>> schema = columnsByTable(ds);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", password);
        props.put("jakarta.persistence.jdbc.driver", driver);
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("kvalitet", props);
        try {
            List<String> problems = new ArrayList<>();
            var session = JpaHelper.getServerSession(emf);
            assertTrue(session.getDescriptors().size() >= 10, "entities found: " + session.getDescriptors().keySet());
            for (ClassDescriptor descriptor : session.getDescriptors().values()) {
                checkFields(descriptor.getFields(), schema, descriptor.getJavaClass().getSimpleName(), problems);
                for (DatabaseMapping mapping : descriptor.getMappings()) {
                    if (mapping instanceof DirectCollectionMapping direct) {
                        checkFields(List.of(direct.getDirectField()), schema, mapping.toString(), problems);
                        checkFields(direct.getReferenceKeyFields(), schema, mapping.toString(), problems);
                    }
                    if (mapping instanceof AggregateCollectionMapping aggregate) {
                        checkFields(aggregate.getReferenceDescriptor().getFields(), schema, mapping.toString(), problems);
                    }
                }
            }
            assertEquals(List.of(), problems, "mapped columns missing from the migrated schema");

            var em = emf.createEntityManager();
            for (var entity : em.getMetamodel().getEntities()) {
                em.createQuery("select e from " + entity.getName() + " e").setMaxResults(1).getResultList();
                for (var attribute : entity.getAttributes()) {
                    if (attribute instanceof PluralAttribute<?, ?, ?>) {
                        em.createQuery("select count(a) from " + entity.getName() + " e join e." + attribute.getName() + " a")
                                .getSingleResult();
                    }
                }
            }
            em.close();
        } finally {
            emf.close();
        }
    }

    private static void checkFields(List<DatabaseField> fields, Map<String, Set<String>> schema, String owner,
                                    List<String> problems) {
        for (DatabaseField field : fields) {
            String table = field.getTableName().toLowerCase(Locale.ROOT);
            if (table.isEmpty()) {
                continue;
            }
            var columns = schema.get(table);
            if (columns == null) {
                problems.add(owner + ": table " + table + " missing");
            } else if (!columns.contains(field.getName().toLowerCase(Locale.ROOT))) {
                problems.add(owner + ": column " + table + "." + field.getName() + " missing");
            }
        }
    }

    private static Map<String, Set<String>> columnsByTable(DataSource ds) throws SQLException {
        Map<String, Set<String>> schema = new HashMap<>();
        try (Connection c = ds.getConnection(); var rs = c.getMetaData().getColumns(c.getCatalog(), null, "%", "%")) {
            while (rs.next()) {
                String schemaName = rs.getString("TABLE_SCHEM");
                if (schemaName != null && schemaName.equalsIgnoreCase("information_schema")) {
                    continue;
                }
                schema.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new HashSet<>())
                        .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(schema.containsKey("award_cycle"), "schema read: " + schema.keySet());
        return schema;
    }
}
