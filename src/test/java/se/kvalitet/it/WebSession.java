package se.kvalitet.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-less HTTP session: cookies, the sign-in form, Basic credentials for the REST API. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient client;

    public WebSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    public HttpResponse<String> getAs(String path, String email, String password) {
        return get(path, "Authorization", ApiClient.basic(email, password), "Accept-Language", "sv");
    }

    /** A request with a personal API token ({@code Authorization: Bearer}), keeping whatever cookies come back. */
    public HttpResponse<String> getWithToken(String path, String token) {
        return get(path, "Authorization", "Bearer " + token, "Accept-Language", "sv");
    }

    /** Signs in through the real form; returns the response to the form post. */
    public HttpResponse<String> signIn(String email, String password) {
        var form = get("/signin.xhtml");
        var matcher = VIEW_STATE.matcher(form.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no view state on the sign-in page:\n" + form.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:email", email);
        fields.put("signin:password", password);
        fields.put("signin:submit", "");
        fields.put("jakarta.faces.ViewState", matcher.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + "/signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
