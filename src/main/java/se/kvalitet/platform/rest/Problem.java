package se.kvalitet.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An error answer of the REST API in the form of RFC 9457 ("problem details", media type
 * {@code application/problem+json}). {@code title} and {@code detail} are in the caller's language
 * (Accept-Language: Swedish by default, English on request); {@code code} is the message key, the same
 * in every language, for programs that need to tell problems apart.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code"})
@Schema(name = "Problem", description = "Problem details (RFC 9457), localized by Accept-Language (sv default, en).",
        properties = {
                @SchemaProperty(name = "type",
                        description = "URI identifying the kind of problem; about:blank when only the HTTP status matters",
                        example = "urn:kvalitet:problem:not-found"),
                @SchemaProperty(name = "title",
                        description = "Short summary of the kind of problem, localized", example = "Finns inte"),
                @SchemaProperty(name = "status", type = SchemaType.INTEGER, description = "The HTTP status code",
                        example = "404"),
                @SchemaProperty(name = "detail",
                        description = "What went wrong in this case, localized",
                        example = "Det finns inget utmärkelseår med id 999."),
                @SchemaProperty(name = "instance",
                        description = "The path of the request that failed", example = "/api/v1/cycles/999"),
                @SchemaProperty(name = "code",
                        description = "Message key of the problem (language-independent)",
                        example = "cycle.notFound.id", nullable = true)})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String ABOUT_BLANK = "about:blank";
    public static final String NOT_FOUND = "urn:kvalitet:problem:not-found";
    public static final String INVALID_PARAMETER = "urn:kvalitet:problem:invalid-parameter";
    public static final String RULE_VIOLATION = "urn:kvalitet:problem:rule-violation";
    public static final String FORBIDDEN = "urn:kvalitet:problem:forbidden";
    public static final String CONCURRENT_CHANGE = "urn:kvalitet:problem:concurrent-change";
}
