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

/** The REST API as one person at a time (Basic credentials, Swedish), for tests that need a particular caller. */
public final class ApiClient {

    private final String base;
    private final String password;
    private final HttpClient client = HttpClient.newHttpClient();

    public ApiClient(String base, String password) {
        this.base = base.replaceAll("/$", "") + "/api/v1";
        this.password = password;
    }

    public HttpResponse<String> call(String method, String path, String email, String body) {
        return call(method, path, email, password, body);
    }

    public HttpResponse<String> call(String method, String path, String email, String secret, String body) {
        return send(method, path, email, secret, "application/json", body);
    }

    /** A body of another type than JSON (a CSV file, say), as the client's person. */
    public HttpResponse<String> send(String method, String path, String email, String contentType, String body) {
        return send(method, path, email, password, contentType, body);
    }

    private HttpResponse<String> send(String method, String path, String email, String secret, String contentType,
                                      String body) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").header("Accept-Language", "sv");
        if (email != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** 2xx or a failure with the body, so a broken step says why. */
    public String ok(String method, String path, String email, String body) {
        return ok(method, path, email, password, body);
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

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public static JsonArray jsonArray(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
