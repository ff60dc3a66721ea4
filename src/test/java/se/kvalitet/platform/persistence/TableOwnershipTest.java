package se.kvalitet.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Components own their data (issue 12): a component's SQL and JPQL name only the tables its own entities map
 * (or, for the few tables without an entity, the tables {@link #UNMAPPED} gives it). What another component
 * needs, the owner offers as a boundary method. Tables come from {@code db/migration}, owners from the entity
 * annotations, queries from the Java sources; what the reading can and cannot see is on {@link TableOwnership}.
 *
 * <p>The demo loader ({@code se.kvalitet.demo}) is left out: it is a fixture that builds a whole city across every
 * component, not a business component (the architecture test leaves it out for the same reason).
 */
class TableOwnershipTest {

    /**
     * Tables no entity maps, and their owner. Decided from the code that uses them: {@code sign_in_throttle} is
     * counted by people's {@code SignInLimits} (the sign-in limits for unknown addresses, beside {@code person}'s
     * own counters); {@code good_example_term} is the examples library's search index, written and read only by
     * {@code LibraryIndex} in the record's own transaction.
     */
    static final Map<String, String> UNMAPPED = Map.of(
            "sign_in_throttle", "people",
            "good_example_term", "examples");

    /** Left out: the demo loader (see the class comment). */
    static final Set<String> NOT_COMPONENTS = Set.of("demo");

    static TableOwnership ownership;
    static List<TableOwnership.Source> sources;

    @BeforeAll
    static void read() {
        sources = TableOwnership.sources(Path.of("src/main/java/se/kvalitet")).stream()
                .filter(s -> !NOT_COMPONENTS.contains(s.component())).toList();
        ownership = new TableOwnership(TableOwnership.migrations(Path.of("db/migration")), sources, UNMAPPED);
    }

    @Test
    void everyMigrationTableHasExactlyOneOwner() {
        assertEquals(List.of(), ownership.ownershipProblems());
    }

    @Test
    void noComponentQueriesAnotherComponentsTables() throws IOException {
        var crossings = new ArrayList<TableOwnership.Crossing>();
        sources.forEach(s -> crossings.addAll(ownership.crossings(s)));
        Set<String> known = known();
        var unexpected = crossings.stream().filter(c -> !known.contains(c.key())).map(Object::toString).toList();
        Set<String> seen = crossings.stream().map(TableOwnership.Crossing::key).collect(Collectors.toSet());
        var gone = known.stream().filter(k -> !seen.contains(k)).map(k -> k + " (no longer crosses: remove the line)")
                .toList();
        System.out.printf("[ownership] %d tables, %d entities, %d Java files, %d queries read, %d table or entity "
                        + "names checked, %d crossings (%d still on the known list)%n", ownership.tables.size(),
                ownership.entities.size(), sources.size(), ownership.queries, ownership.references, crossings.size(),
                known.size());
        assertTrue(unexpected.isEmpty() && gone.isEmpty(), String.join("\n", unexpected) + "\n" + String.join("\n", gone));
    }

    /**
     * Crossings still to remove, one per line as "file table-or-entity". The list only shrinks: a crossing that is
     * not on it fails the test, and so does a line whose crossing is gone.
     */
    private static Set<String> known() throws IOException {
        Path list = Path.of("src/test/resources/ownership/known-crossings.txt");
        return Files.readAllLines(list).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The reading itself, on small snippets: it must be able to fail. */
    @Nested
    class Reading {

        static final String MIGRATION = """
                CREATE TABLE award_cycle (id BIGINT);
                CREATE TABLE IF NOT EXISTS team (id BIGINT);
                CREATE TABLE team_member (team_id BIGINT);
                CREATE TABLE scratch (id BIGINT);
                ALTER TABLE team ADD COLUMN size INT;
                """;
        static final String LATER = """
                -- CREATE TABLE commented_out (id BIGINT);
                ALTER TABLE scratch RENAME TO old_scratch;
                DROP TABLE old_scratch;
                """;
        static final TableOwnership.Source CYCLE = new TableOwnership.Source("cycles/entity/AwardCycle.java", """
                @Entity
                @Table(name = "award_cycle")
                public class AwardCycle { }
                """);
        static final TableOwnership.Source TEAM = new TableOwnership.Source("assignments/entity/Team.java", """
                @Entity
                @Table(name = "team")
                public class Team {
                    @ElementCollection
                    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
                    private List<Member> members;
                    @ManyToOne
                    private AwardCycle cycle;
                }
                """);

        TableOwnership of(TableOwnership.Source... more) {
            var all = new ArrayList<>(List.of(CYCLE, TEAM));
            all.addAll(List.of(more));
            return new TableOwnership(List.of(MIGRATION, LATER), all, Map.of());
        }

        List<String> crossings(String file, String code) {
            var source = new TableOwnership.Source(file, code);
            return of(source).crossings(source).stream().map(Object::toString).toList();
        }

        @Test
        void tablesComeFromCreateRenameAndDropInOrder() {
            assertEquals(List.of("award_cycle", "team", "team_member"), TableOwnership.tablesOf(List.of(MIGRATION, LATER)));
        }

        @Test
        void aTableWithoutOwnerOrWithTwoIsReported() {
            var second = new TableOwnership.Source("jury/entity/Copy.java", "@Entity @Table(name = \"team\") class Copy {}");
            var ownership = new TableOwnership(List.of(MIGRATION + "CREATE TABLE orphan (id INT);"),
                    List.of(CYCLE, TEAM, second), Map.of());
            assertEquals(List.of("orphan: no owner", "scratch: no owner", "team: owned by [assignments, jury]"),
                    ownership.ownershipProblems());
        }

        @Test
        void aNativeQueryJoiningAnotherComponentsTableCrosses() {
            assertEquals(List.of(
                            "consensus/boundary/TeamAccess.java:3: consensus names team of assignments",
                            "consensus/boundary/TeamAccess.java:4: consensus names team_member of assignments"),
                    crossings("consensus/boundary/TeamAccess.java", """
                            class TeamAccess {
                                List<?> rows = em.createNativeQuery("select a.id from application a "
                                        + "join team t on t.application_id = a.id "
                                        + "join team_member tm on tm.team_id = t.id where a.id = ?").getResultList();
                            }
                            """));
        }

        @Test
        void aQueryBuiltFromConstantsAndTextBlocksIsReadPieceByPiece() {
            assertEquals(List.of(
                            "examiners/boundary/Examiners.java:2: examiners names award_cycle of cycles",
                            "examiners/boundary/Examiners.java:5: examiners names team of assignments"),
                    crossings("examiners/boundary/Examiners.java", """
                            class Examiners {
                                static final String FROM = "from award_cycle c ";
                                List<?> rows = em.createNativeQuery(\"""
                                        select c.id, p.x
                                        from people p, team t
                                        \""" + FROM + where).getResultList();
                            }
                            """));
        }

        @Test
        void jpqlNamingAnotherComponentsEntityCrossesAndItsOwnDoesNot() {
            assertEquals(List.of("jury/boundary/X.java:1: jury names AwardCycle of cycles"),
                    crossings("jury/boundary/X.java", "var c = em.createQuery(\"select c from AwardCycle c\");"));
            assertEquals(List.of(), crossings("assignments/boundary/Y.java",
                    "var c = em.createQuery(\"select t from Team t join t.members m where t.id = :id\");"));
        }

        @Test
        void pathNavigationIntoAnotherComponentsEntityCrosses() {
            assertEquals(List.of("assignments/boundary/Z.java:1: assignments names Team.cycle → AwardCycle of cycles"),
                    crossings("assignments/boundary/Z.java", "em.createQuery(\"select t from Team t where t.cycle.year = 2026\");"));
        }

        @Test
        void proseAndCommentsAreNotQueries() {
            assertEquals(List.of(), crossings("jury/boundary/W.java", """
                    // select * from team
                    /* join team_member */
                    @Operation(summary = "Copy the set-up from team to team")
                    String s = "A juror reads from award_cycle";
                    char q = '"';
                    """));
        }
    }
}
