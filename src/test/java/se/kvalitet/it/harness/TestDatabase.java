package se.kvalitet.it.harness;

import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * The integration tests' database, rebuilt from the migrations at the start of every run (Flyway clean, then
 * migrate), so a run never depends on what an earlier one left. Only a database whose name ends in
 * {@code _test} is ever cleaned: a production database can never be one by mistake.
 */
final class TestDatabase {

    private static final Pattern TEST_DATABASE = Pattern.compile("^jdbc:(mysql|mariadb)://[^/]+/(\\w+_test)(\\?.*)?$");

    private TestDatabase() {
    }

    static void rebuild() {
        String url = System.getProperty("it.db.url");
        if (url == null || !Boolean.parseBoolean(System.getProperty("it.db.rebuild", "false"))) {
            return;
        }
        var matcher = TEST_DATABASE.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("refusing to clean " + url + ": only a database named *_test is rebuilt");
        }
        long started = System.nanoTime();
        var flyway = Flyway.configure(TestDatabase.class.getClassLoader())
                .dataSource(url, System.getProperty("it.db.user"), System.getProperty("it.db.password"))
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .cleanDisabled(false)
                .load();
        flyway.clean();
        var result = flyway.migrate();
        Timings.note("test database " + matcher.group(2) + " rebuilt from " + result.migrationsExecuted
                + " migrations", (System.nanoTime() - started) / 1_000_000);
    }
}
