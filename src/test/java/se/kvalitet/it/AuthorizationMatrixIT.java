package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix (issue 12): every REST operation the live {@code /openapi} describes and every page of
 * the WAR, called as every persona, compared with the expectation table
 * {@code src/test/resources/authorization-matrix.tsv}. Fails on any unexpected allow (a hole) and on any
 * unexpected deny (so the table stays true), on an operation or page without a row, and on a row without an
 * operation or page. The personas and records come from one scenario ({@link MatrixScenarioResource}).
 * <p>
 * Outcomes: <b>allow</b> = a read answered 2xx; a write answered 2xx, or 409/422 from a rule that refused its body
 * after the access rule let the caller reach the record (writes send such bodies, mostly a stale
 * {@code expectedVersion}, so an allowed write destroys nothing later calls need); a page rendered (200).
 * <b>deny</b> = 401, 403 or 404, and a read refused with 422; a page: a redirect to the sign-in page, 403 or 404.
 * Anything else (a 500, a 405, a 400 from a body that never reached the access rule) fails as an error. REST calls
 * carry each persona's personal API token (no password hashing per call); pages run in a signed-in web session.
 * Reads run first (every persona in parallel), then the writes, the administrator's last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    static final String PASSWORD = "Matrislösenord 2026!";
    static final String TABLE = "authorization-matrix.tsv";
    /** Personas called at once: the server has two cores; more threads only queue. */
    static final int THREADS = 4;
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    /** The fixed columns before the personas'. */
    static final List<String> FIXED = List.of("method", "path", "call", "body");

    /** Time spent in page and in REST calls, summed over the threads (where the run's time goes). */
    final java.util.concurrent.atomic.AtomicLong pageNanos = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong restNanos = new java.util.concurrent.atomic.AtomicLong();

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** One row of the table: the operation or page, how to call it, and the expectation per persona. */
    record Row(int line, String method, String path, String call, String body, Map<String, String> expected) {
        String key() {
            return method + " " + path;
        }

        boolean page() {
            return method.equals("PAGE");
        }

        boolean write() {
            return !page() && !method.equals("GET");
        }
    }

    /** A persona's way in: its token for REST, its signed-in session for pages, and its bindings. */
    record Persona(String name, String token, WebSession web, Map<String, String> bind) {
    }

    record Table(List<String> personas, List<Row> rows) {
    }

    @Test
    void everyOperationAndPageAnswersEveryPersonaAsTheTableSays() throws Exception {
        long started = System.nanoTime();
        Table table = table();
        String root = URI.create(base.toString()).resolve("/").toString();
        assertEverythingHasARow(table, root);

        var api = new ApiClient(root, PASSWORD);
        JsonObject fixture = api.scenario("matrix", PASSWORD);
        long built = System.nanoTime();
        Map<String, Persona> personas = personas(table, fixture, api, root);
        long signedIn = System.nanoTime();

        var failures = Collections.synchronizedList(new ArrayList<String>());
        var counts = new ConcurrentHashMap<String, int[]>();
        var calls = new AtomicInteger();
        // reads first (pages, then REST, sign-out last), then writes; the administrator's writes after everyone's,
        // since the one allowed to do most is the one likely to change what others read
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            runAll(pool, personas.values(), p -> reads(table), table, api, failures, counts, calls);
            var others = personas.values().stream().filter(p -> !p.name().equals("admin")).toList();
            runAll(pool, others, p -> writes(table), table, api, failures, counts, calls);
            runAll(pool, personas.values().stream().filter(p -> p.name().equals("admin")).toList(),
                    p -> writes(table), table, api, failures, counts, calls);
        } finally {
            pool.shutdownNow();
        }
        long ended = System.nanoTime();

        int failed = failures.size();
        System.out.printf("[matrix] %d operations and pages (%d REST, %d pages) x %d personas: %d calls in %.1f s "
                        + "(scenario %.1f s, tokens and sign-ins %.1f s, calls %.1f s)%n",
                table.rows().size(), table.rows().stream().filter(r -> !r.page()).count(),
                table.rows().stream().filter(Row::page).count(), table.personas().size(), calls.get(),
                (ended - started) / 1e9, (built - started) / 1e9, (signedIn - built) / 1e9, (ended - signedIn) / 1e9);
        System.out.printf("[matrix] time in calls, summed over %d threads: pages %.1f s, REST %.1f s%n", THREADS,
                pageNanos.get() / 1e9, restNanos.get() / 1e9);
        for (String persona : table.personas()) {
            int[] c = counts.getOrDefault(persona, new int[2]);
            System.out.printf("[matrix] %-22s allowed %4d  denied %4d%n", persona, c[0], c[1]);
        }
        System.out.printf("[matrix] %d passed, %d failed%n", calls.get() - failed, failed);
        if (!failures.isEmpty()) {
            Collections.sort(failures);
            fail(failed + " of " + calls.get() + " calls differ from " + TABLE + " (fix the access rule for an "
                    + "unexpected allow; fix the row only when the rule is right):\n" + String.join("\n", failures));
        }
    }

    interface Selection {
        List<Row> rows(Persona persona);
    }

    private void runAll(ExecutorService pool, java.util.Collection<Persona> personas, Selection selection, Table table,
                        ApiClient api, List<String> failures, Map<String, int[]> counts, AtomicInteger calls)
            throws Exception {
        var futures = new ArrayList<Future<?>>();
        for (Persona persona : personas) {
            futures.add(pool.submit(() -> {
                for (Row row : selection.rows(persona)) {
                    String expected = row.expected().get(persona.name());
                    if (expected.equals("-")) {
                        continue;
                    }
                    String outcome;
                    long before = System.nanoTime();
                    try {
                        outcome = call(api, persona, row);
                    } catch (RuntimeException e) {
                        outcome = "error " + e;
                    }
                    (row.page() ? pageNanos : restNanos).addAndGet(System.nanoTime() - before);
                    calls.incrementAndGet();
                    int[] c = counts.computeIfAbsent(persona.name(), k -> new int[2]);
                    synchronized (c) {
                        c[outcome.startsWith("allow") ? 0 : 1]++;
                    }
                    if (!outcome.startsWith(expected + " ")) {
                        failures.add(String.format("%s:%d %s as %s: expected %s, was %s", TABLE, row.line(), row.key(),
                                persona.name(), expected, outcome));
                    }
                }
                return null;
            }));
        }
        for (var future : futures) {
            future.get();
        }
    }

    private static List<Row> reads(Table table) {
        var reads = new ArrayList<>(table.rows().stream().filter(r -> !r.write()).toList());
        // signing out ends the session the pages after it would need
        reads.sort((a, b) -> Boolean.compare(a.path().equals("/signout.xhtml"), b.path().equals("/signout.xhtml")));
        return reads;
    }

    private static List<Row> writes(Table table) {
        return table.rows().stream().filter(Row::write).toList();
    }

    /** Calls the row as the persona; answers the outcome class, a space, and what was seen. */
    private String call(ApiClient api, Persona persona, Row row) {
        String target = bind(row.call(), persona.bind(), row);
        if (row.page()) {
            var response = persona.web() == null ? new WebSession(base.toString()).get(target, "Accept-Language", "sv")
                    : persona.web().get(target, "Accept-Language", "sv");
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");
            if (status == 200) {
                return "allow 200";
            }
            if (status == 302 && location.contains("signin")) {
                return "deny 302 to sign-in";
            }
            if (status == 403 || status == 404) {
                return "deny " + status;
            }
            return "error " + status + (location.isEmpty() ? "" : " to " + location);
        }
        String body = row.body().equals("-") ? null : bind(row.body(), persona.bind(), row);
        String type = "application/json";
        if (body != null && body.startsWith("csv:")) {
            type = "text/csv";
            body = body.substring(4).replace("\\n", "\n");
        }
        HttpResponse<String> response = api.withToken(row.method(), target.replaceFirst("^/api/v1", ""),
                persona.token(), type, body);
        int status = response.statusCode();
        String seen = status + " " + abbreviate(response.body());
        // a read is allowed only when answered; a write when it passed the access rule and a rule refused the body
        if (status / 100 == 2 || (row.write() && (status == 409 || status == 422))) {
            return "allow " + seen;
        }
        if (status == 422) {
            return "deny " + seen;
        }
        if (status == 400) {
            return "error " + seen + " (the body did not reach the access rule: send one the route accepts as well-formed)";
        }
        if (status == 401 || status == 403 || status == 404) {
            return "deny " + seen;
        }
        return "error " + seen;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.startsWith("%PDF") ? "(a PDF)" : flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private static String bind(String template, Map<String, String> bind, Row row) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = bind.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(TABLE + ":" + row.line() + ": the scenario binds no {" + m.group(1)
                        + "}; it binds " + new TreeSet<>(bind.keySet()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Each persona's token (made once with the password) and signed-in session; the anonymous one has neither. */
    private Map<String, Persona> personas(Table table, JsonObject fixture, ApiClient api, String root) throws Exception {
        var emails = fixture.getJsonObject("personas");
        var common = new HashMap<String, String>();
        fixture.getJsonObject("bind").forEach((k, v) -> common.put(k, ((jakarta.json.JsonString) v).getString()));
        var overrides = fixture.getJsonObject("overrides");
        var personas = new ConcurrentHashMap<String, Persona>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            var futures = new ArrayList<Future<?>>();
            for (String name : table.personas()) {
                futures.add(pool.submit(() -> {
                    var bind = new HashMap<>(common);
                    if (overrides.containsKey(name)) {
                        overrides.getJsonObject(name).forEach((k, v) -> bind.put(k, ((jakarta.json.JsonString) v).getString()));
                    }
                    if (name.equals("anonymous")) {
                        bind.put("token", "0");
                        personas.put(name, new Persona(name, null, null, bind));
                        return null;
                    }
                    if (!emails.containsKey(name)) {
                        throw new IllegalStateException(TABLE + " has a column for persona " + name
                                + " that the scenario does not make; it makes " + emails.keySet());
                    }
                    String email = emails.getString(name);
                    var created = ApiClient.json(api.ok("POST", "/tokens", email, "{\"name\":\"Matrisen\",\"expiresInDays\":1}"));
                    // a second token of the persona's own, for the row that revokes one
                    var spare = ApiClient.json(api.ok("POST", "/tokens", email, "{\"name\":\"Reserv\",\"expiresInDays\":1}"));
                    bind.put("token", String.valueOf(spare.getJsonObject("token").getJsonNumber("id").longValue()));
                    var web = new WebSession(root);
                    var signedIn = web.signIn(email, PASSWORD);
                    assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303,
                            name + " signs in: " + signedIn.statusCode());
                    personas.put(name, new Persona(name, created.getString("secret"), web, bind));
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        var ordered = new LinkedHashMap<String, Persona>();
        table.personas().forEach(n -> ordered.put(n, personas.get(n)));
        return ordered;
    }

    /** Every operation of /openapi and every page of the WAR has a row, and every row names one of them. */
    private void assertEverythingHasARow(Table table, String root) {
        var response = new WebSession(root).get("/openapi", "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        var served = new LinkedHashSet<String>();
        // the test deployment's scenario resources (/api/v1/it) are not the product's
        for (String operation : ApiDocument.parse(response.body()).withoutPathsUnder("/api/v1/it/").operations()) {
            String[] parts = operation.split(" ");
            served.add(parts[0] + " " + parts[1]);
        }
        pages().forEach(p -> served.add("PAGE " + p));
        var rows = table.rows().stream().map(Row::key).collect(Collectors.toCollection(LinkedHashSet::new));
        var problems = new ArrayList<String>();
        var duplicates = table.rows().stream().collect(Collectors.groupingBy(Row::key, Collectors.counting()));
        duplicates.forEach((k, n) -> {
            if (n > 1) {
                problems.add("two rows for " + k);
            }
        });
        String blank = String.join("\t", Collections.nCopies(table.personas().size(), "?"));
        for (String key : served) {
            if (!rows.contains(key)) {
                String[] parts = key.split(" ", 2);
                boolean read = parts[0].equals("GET") || parts[0].equals("PAGE");
                problems.add("no row for " + key + ": add to src/test/resources/" + TABLE + " the tab-separated line\n    "
                        + parts[0] + "\t" + parts[1] + "\t" + parts[1] + "\t" + (read ? "-" : "{\"expectedVersion\":999999}")
                        + "\t" + blank
                        + "\n  with each ? replaced by allow, deny or - for the personas " + table.personas()
                        + ", and in the call column the path parameters replaced by the scenario's placeholders "
                        + "({app}, {cycle}, … as the other rows use; MatrixScenarioResource binds them)");
            }
        }
        for (Row row : table.rows()) {
            if (!served.contains(row.key())) {
                problems.add(TABLE + ":" + row.line() + ": " + row.key() + " is neither in /openapi nor a page of the "
                        + "WAR: remove the row (or correct its method and path)");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** The pages of the WAR that runs: every .xhtml outside WEB-INF and the resources. */
    static List<String> pages() {
        try (var war = new ZipFile(new File(System.getProperty("kvalitet.war", "target/kvalitet.war")))) {
            return war.stream().map(e -> "/" + e.getName().replaceFirst("^/", ""))
                    .filter(n -> n.endsWith(".xhtml") && !n.startsWith("/WEB-INF/") && !n.startsWith("/resources/")
                            && !n.startsWith("/META-INF/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expectation table: a header naming the personas, one row per operation or page; # starts a comment. */
    static Table table() throws IOException {
        Path file = Path.of("src/test/resources", TABLE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> personas = null;
        var rows = new ArrayList<Row>();
        Set<String> values = Set.of("allow", "deny", "-");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (personas == null) {
                assertEquals(FIXED, List.of(cells).subList(0, FIXED.size()), TABLE + ": the header starts " + FIXED);
                personas = List.of(cells).subList(FIXED.size(), cells.length);
                continue;
            }
            if (cells.length != FIXED.size() + personas.size()) {
                fail(TABLE + ":" + (i + 1) + " has " + cells.length + " cells, the header " + (FIXED.size() + personas.size()));
            }
            var expected = new LinkedHashMap<String, String>();
            for (int p = 0; p < personas.size(); p++) {
                String value = cells[FIXED.size() + p].trim();
                if (!values.contains(value)) {
                    fail(TABLE + ":" + (i + 1) + ": " + personas.get(p) + " is '" + value + "', not one of " + values);
                }
                expected.put(personas.get(p), value);
            }
            rows.add(new Row(i + 1, cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim(), expected));
        }
        return new Table(personas, rows);
    }
}
