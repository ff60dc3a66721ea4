package se.kvalitet.platform.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes {@code /openapi} a contract that a standard linter accepts and a generated client can rely on
 * (registered in microprofile-config, {@code mp.openapi.filter}):
 * <ul>
 * <li>Payara adds a top-level {@code endpoints} block that OpenAPI does not know: removed.</li>
 * <li>Payara's server URL ends with a slash, so {@code server + path} would give {@code //api/v1/…}: trimmed.</li>
 * <li>The answers every operation may give are declared here once, not on each resource method: 401 where a
 *     caller must sign in, 400 where the caller sends parameters or a body (a malformed value or JSON).</li>
 * <li>The library is open to the public (web.xml leaves {@code /api/v1/library/*} without a role): its operations
 *     may be called anonymously as well as with the document's schemes.</li>
 * </ul>
 * Schemas: dates are written as ISO 8601 strings inline, integer examples as numbers, an array of any value gets
 * the items schema OpenAPI requires, and the annotation defaults are tidied by {@link OpenApiDefaults}.
 */
public class ApiContract implements OASFilter {

    /** The part of the API that web.xml leaves open to anonymous callers. */
    static final String PUBLIC_PREFIX = "/api/v1/library";

    /** The schemas microprofile-config declares for {@code java.time} types, by name, with their string format. */
    private static final Map<String, String> DATE_TYPES = Map.of("LocalDate", "date", "Instant", "date-time");

    private final OpenApiDefaults defaults = new OpenApiDefaults();

    /**
     * A path parameter is always required (OpenAPI says so, and generators refuse the document otherwise); a
     * {@code @Parameter} that only adds a description leaves Payara writing {@code required: false}.
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        inlineDateTypes(schema);
        integerExampleAsNumber(schema);
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null && schema.getRef() == null) {
            // a List<Object> (a message's arguments): OpenAPI 3.0 needs items, and the empty schema allows any value
            schema.setItems(OASFactory.createSchema());
        }
        return defaults.filterSchema(schema);
    }

    /**
     * Dates and instants are ISO 8601 strings in the JSON; microprofile-config names them as schemas, which Payara
     * references with {@code $ref} beside a description (siblings that OpenAPI 3.0 ignores). Written inline instead.
     */
    private static void inlineDateTypes(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            return;
        }
        String format = DATE_TYPES.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (format != null) {
            schema.setRef(null);
            schema.setType(Schema.SchemaType.STRING);
            schema.setFormat(format);
        }
    }

    /** Annotations give examples as text; an integer's example must be a number. */
    private static void integerExampleAsNumber(Schema schema) {
        if (schema.getType() == Schema.SchemaType.INTEGER && schema.getExample() instanceof String text
                && text.matches("-?\\d{1,9}")) {
            schema.setExample(Integer.valueOf(text));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        removePayaraEndpoints(openAPI);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            DATE_TYPES.keySet().forEach(openAPI.getComponents()::removeSchema);
        }
        if (openAPI.getServers() != null) {
            openAPI.getServers().forEach(server -> server.setUrl(withoutTrailingSlash(server.getUrl())));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean open = path.equals(PUBLIC_PREFIX) || path.startsWith(PUBLIC_PREFIX + "/");
            item.getOperations().values().forEach(operation -> declareCommonAnswers(operation, open));
        });
    }

    private static void declareCommonAnswers(Operation operation, boolean open) {
        var responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (open) {
            // the empty requirement: no credentials at all is also accepted
            operation.setSecurity(new ArrayList<>(List.of(
                    OASFactory.createSecurityRequirement(),
                    requirement(KvalitetApi.BASIC_AUTH),
                    requirement(KvalitetApi.BEARER_AUTH))));
        } else if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        }
        if (takesInput(operation) && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static boolean takesInput(Operation operation) {
        if (operation.getRequestBody() != null) {
            return true;
        }
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.HEADER);
    }

    static String withoutTrailingSlash(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /**
     * Payara keeps the list of endpoints per application in its model ({@code OpenAPIImpl.setEndpoints}) and writes
     * it as a top-level {@code endpoints} key. There is no setting to switch it off, so it is emptied by its setter
     * where the model has one; on any other implementation this does nothing.
     */
    private static void removePayaraEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            // empty, not null: Payara copies the map for every request and writes no empty block
            setter.invoke(openAPI, new HashMap<String, Set<String>>());
        } catch (NoSuchMethodException notPayara) {
            // nothing to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Could not remove Payara's non-standard endpoints block", e);
        }
    }
}
