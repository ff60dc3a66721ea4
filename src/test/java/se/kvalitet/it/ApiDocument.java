package se.kvalitet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An OpenAPI document (JSON) read for what a client depends on: the operations with their ids and parameters,
 * the security schemes, and the rules a standard linter enforces. Compares the served {@code /openapi} with the
 * committed contract (src/main/openapi/kvalitet-api.json) that the build generates a client from.
 */
public final class ApiDocument {

    /** The top-level keys OpenAPI 3.0 and 3.1 define; anything else must start with {@code x-}. */
    private static final Set<String> STANDARD_KEYS = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths",
            "webhooks", "components", "security", "tags", "externalDocs");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonObject root;

    private ApiDocument(JsonObject root) {
        this.root = root;
    }

    public static ApiDocument parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return new ApiDocument(reader.readObject());
        }
    }

    /** The same document without the paths that start with {@code prefix}. */
    public ApiDocument withoutPathsUnder(String prefix) {
        if (!root.containsKey("paths")) {
            return this;
        }
        var paths = Json.createObjectBuilder();
        root.getJsonObject("paths").forEach((path, item) -> {
            if (!path.startsWith(prefix)) {
                paths.add(path, item);
            }
        });
        return new ApiDocument(Json.createObjectBuilder(root).add("paths", paths).build());
    }

    /** The committed contract, found from the build directory Failsafe names (or the working directory). */
    public static ApiDocument committed() {
        Path target = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
        Path contract = target.getParent().resolve("src/main/openapi/kvalitet-api.json");
        try {
            return parse(Files.readString(contract, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the committed contract " + contract, e);
        }
    }

    /**
     * One line per operation, sorted: method, path, operationId, then each parameter as {@code in:name} with
     * {@code !} when required, and {@code body} when it takes a request body. Two documents with the same lines
     * offer a client the same calls.
     */
    public List<String> operations() {
        var lines = new ArrayList<String>();
        paths().forEach((path, item) -> item.forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            var operation = value.asJsonObject();
            var parameters = new TreeSet<String>();
            addParameters(parameters, item.get("parameters"));
            addParameters(parameters, operation.get("parameters"));
            lines.add(method.toUpperCase() + " " + path + " " + operation.getString("operationId", "<no operationId>")
                    + " " + parameters + (operation.containsKey("requestBody") ? " body" : ""));
        }));
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static void addParameters(Set<String> into, JsonValue parameters) {
        if (parameters == null || parameters.getValueType() != JsonValue.ValueType.ARRAY) {
            return;
        }
        for (var value : parameters.asJsonArray()) {
            var parameter = value.asJsonObject();
            into.add(parameter.getString("in", "?") + ":" + parameter.getString("name", "?")
                    + (parameter.getBoolean("required", false) ? "!" : ""));
        }
    }

    /** Operation ids that more than one operation carries, and operations without one. */
    public List<String> duplicateOrMissingOperationIds() {
        Map<String, Integer> counts = new TreeMap<>();
        var problems = new ArrayList<String>();
        paths().forEach((path, item) -> item.forEach((method, value) -> {
            if (METHODS.contains(method)) {
                var id = value.asJsonObject().getString("operationId", null);
                if (id == null || id.isBlank()) {
                    problems.add(method.toUpperCase() + " " + path + " has no operationId");
                } else {
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }));
        counts.forEach((id, count) -> {
            if (count > 1) {
                problems.add(id + " is used " + count + " times");
            }
        });
        return problems;
    }

    public List<String> nonStandardTopLevelKeys() {
        return root.keySet().stream().filter(key -> !STANDARD_KEYS.contains(key) && !key.startsWith("x-"))
                .sorted().toList();
    }

    public List<String> serverUrlsWithTrailingSlash() {
        if (!root.containsKey("servers")) {
            return List.of();
        }
        return root.getJsonArray("servers").stream().map(s -> s.asJsonObject().getString("url", ""))
                .filter(url -> url.endsWith("/")).toList();
    }

    /** The security schemes as {@code name=type/scheme}, sorted. */
    public List<String> securitySchemes() {
        var components = root.getJsonObject("components");
        if (components == null || !components.containsKey("securitySchemes")) {
            return List.of();
        }
        return components.getJsonObject("securitySchemes").entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().asJsonObject().getString("type", "?") + "/"
                        + e.getValue().asJsonObject().getString("scheme", "?"))
                .sorted().toList();
    }

    /** The scheme names of the document-wide security requirements (alternatives), sorted. */
    public List<String> defaultSecurity() {
        if (!root.containsKey("security")) {
            return List.of();
        }
        return root.getJsonArray("security").stream().flatMap(r -> r.asJsonObject().keySet().stream())
                .sorted().toList();
    }

    /** Operations (as {@code METHOD path}) that answer neither 401 nor allow anonymous callers. */
    public List<String> securedOperationsWithout401() {
        var missing = new ArrayList<String>();
        paths().forEach((path, item) -> item.forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            var operation = value.asJsonObject();
            boolean anonymousAllowed = operation.containsKey("security") && operation.getJsonArray("security")
                    .stream().anyMatch(r -> r.asJsonObject().isEmpty());
            var responses = operation.getJsonObject("responses");
            if (!anonymousAllowed && (responses == null || !responses.containsKey("401"))) {
                missing.add(method.toUpperCase() + " " + path);
            }
        }));
        return missing;
    }

    /** Lines of {@code expected} missing from {@code actual} ("- …") and extra in it ("+ …"): readable in a failure. */
    public static String difference(List<String> expected, List<String> actual) {
        var removed = expected.stream().filter(line -> !actual.contains(line)).map(line -> "- " + line);
        var added = actual.stream().filter(line -> !expected.contains(line)).map(line -> "+ " + line);
        return Stream.concat(removed, added).collect(Collectors.joining("\n"));
    }

    private Map<String, JsonObject> paths() {
        var paths = new TreeMap<String, JsonObject>();
        if (root.containsKey("paths")) {
            root.getJsonObject("paths").forEach((path, item) -> paths.put(path, item.asJsonObject()));
        }
        return paths;
    }
}
