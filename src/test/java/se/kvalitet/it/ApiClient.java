package se.kvalitet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The one client the tests call the REST API with: as an {@link Account} (a demo account or a fixture's person,
 * whose password is the client's default unless given), in Swedish unless told otherwise. The only place tests
 * build credentials.
 */
public final class ApiClient {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String password;

    /** A client whose fixture people all sign in with {@code password}. */
    public ApiClient(String base, String password) {
        this.base = base.replaceAll("/$", "") + "/api/v1";
        this.password = password;
    }

    /** A client for the demo accounts. */
    public ApiClient(String base) {
        this(base, Account.DEMO_PASSWORD);
    }

    public HttpResponse<String> call(String method, String path, String email, String body) {
        return call(method, path, email, password, body);
    }

    public HttpResponse<String> callAs(Account who, String method, String path, String body) {
        return call(method, path, who.email(), who.password(), body);
    }

    public HttpResponse<String> call(String method, String path, String email, String secret, String body) {
        return send(method, path, email, secret, "application/json", body, "sv");
    }

    /** As {@link #call}, in the given language ({@code Accept-Language}). */
    public HttpResponse<String> callIn(String language, String method, String path, String email, String body) {
        return send(method, path, email, password, "application/json", body, language);
    }

    /** As the holder of a personal API token ({@code Authorization: Bearer}). */
    public HttpResponse<String> withToken(String method, String path, String token, String body) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "sv")
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return exchange(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * As the holder of a personal API token, with a body of the given type (JSON, a CSV file, an upload), accepting
     * JSON or a document (a PDF), so the answer's status is the route's and not content negotiation's.
     */
    public HttpResponse<String> withToken(String method, String path, String token, String contentType, String body) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "sv")
                .header("Accept", "application/json, application/pdf;q=0.9, */*;q=0.8");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return exchange(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A body of another type than JSON (a CSV file, say), as the client's person. */
    public HttpResponse<String> send(String method, String path, String email, String contentType, String body) {
        return send(method, path, email, password, contentType, body, "sv");
    }

    /** A binary body (an uploaded file), as the client's person. */
    public HttpResponse<String> upload(String path, String email, String contentType, byte[] content) {
        var builder = request(base + path, email, password, "sv").header("Accept", "application/json")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return exchange(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A document (a PDF, say) as bytes, as the client's person. */
    public HttpResponse<byte[]> bytes(String path, String email) {
        return bytes(path, email, password);
    }

    public HttpResponse<byte[]> bytes(String path, String email, String secret) {
        return exchange(request(base + path, email, secret, "sv").GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(String method, String path, String email, String secret, String contentType,
                                      String body, String language) {
        var builder = request(base + path, email, secret, language).header("Accept", "application/json");
        if (body != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return exchange(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String address, String email, String secret, String language) {
        var builder = HttpRequest.newBuilder(URI.create(address)).header("Accept-Language", language);
        if (email != null) {
            builder.header("Authorization", basic(email, secret));
        }
        return builder;
    }

    /** The credentials header, for the few tests that drive a raw HTTP session ({@link WebSession}). */
    static String basic(String email, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(builder.build(), handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 2xx or a failure with the body, so a broken step says why. */
    public String ok(String method, String path, String email, String body) {
        return ok(method, path, email, password, body);
    }

    public String okAs(Account who, String method, String path, String body) {
        return ok(method, path, who.email(), who.password(), body);
    }

    public String ok(String method, String path, String email, String secret, String body) {
        var response = call(method, path, email, secret, body);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " as " + email + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    /**
     * The examiner confirms no conflict, scores every criterion of the model with {@code value} unless
     * {@code exceptions} names another, with a justification, and submits.
     */
    public void submitAssessment(Long applicationId, String email, int value, Map<String, Integer> exceptions) {
        ok("POST", "/assignments/me/" + applicationId + "/no-conflict", email, null);
        var own = json(ok("GET", "/assessments/applications/" + applicationId + "/mine", email, null));
        var scores = Json.createArrayBuilder();
        own.getJsonArray("scores").forEach(s -> {
            String code = s.asJsonObject().getString("criterionCode");
            scores.add(Json.createObjectBuilder().add("criterionCode", code)
                    .add("value", exceptions.getOrDefault(code, value))
                    .add("justification", "Motivering " + code).add("strengths", "Styrka " + code)
                    .add("improvements", "Förbättring " + code));
        });
        var saved = json(ok("PUT", "/assessments/applications/" + applicationId + "/mine", email,
                Json.createObjectBuilder().add("expectedVersion", own.getJsonNumber("version").longValue())
                        .add("scores", scores).build().toString()));
        ok("POST", "/assessments/applications/" + applicationId + "/mine/submit", email,
                "{\"expectedVersion\":" + saved.getJsonNumber("version").longValue() + "}");
    }

    /**
     * Builds a test scenario through its test-only endpoint ({@code /it/<name>-scenario}) as the demo administrator;
     * the scenario's people sign in with {@code password}.
     */
    public JsonObject scenario(String name, String password) {
        return json(ok("POST", "/it/" + name + "-scenario?password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8), Account.ADMIN.email(), Account.ADMIN.password(), null));
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public static JsonArray jsonArray(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
