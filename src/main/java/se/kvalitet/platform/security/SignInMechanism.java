package se.kvalitet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.rest.Problem;
import se.kvalitet.platform.rest.Problems;

/**
 * How people sign in. Pages use the sign-in form (which calls {@code SecurityContext.authenticate});
 * the REST API takes a personal API token ({@code Authorization: Bearer}), the session of a signed-in browser,
 * and HTTP Basic with the account's own password only where {@code kvalitet.api.basic-auth} allows it (by
 * default only with the embedded demo: every Basic call costs a password hash). A browser's sign-in
 * is kept in its HTTP session as the caller's name and groups only (small and serializable, so another
 * node can take the session over), and checked against the account on every request, so deactivating an
 * account or taking a role away takes effect at once. An API call with a token or Basic credentials is
 * checked on its own and opens no session at all.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/signin.xhtml";

    static final String SESSION_CALLER = "kvalitet.signedIn";

    /** What the session remembers of a signed-in person. */
    record SignedIn(String name, java.util.Set<String> groups) implements java.io.Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    /** Whether the REST API accepts a person's own password over HTTP Basic; unset: only when the demo runs. */
    @Inject
    @ConfigProperty(name = "kvalitet.api.basic-auth")
    Optional<Boolean> basicAuth;

    @Inject
    @ConfigProperty(name = "kvalitet.demo.enabled", defaultValue = "false")
    boolean demo;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true).setAttribute(SESSION_CALLER,
                        new SignedIn(result.getCallerPrincipal().getName(), java.util.Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SignedIn signedIn
                && !(isResource(request) && !context.isProtected())) {
            CredentialValidationResult now = identityStores.validate(new SignedInCaller(signedIn.name()));
            if (now.getStatus() == CredentialValidationResult.Status.VALID) {
                var groups = java.util.Set.copyOf(now.getCallerGroups());
                if (!groups.equals(signedIn.groups())) {
                    session.setAttribute(SESSION_CALLER, new SignedIn(signedIn.name(), groups));
                }
                return context.notifyContainerAboutLogin(signedIn.name(), groups);
            }
            // the account was deactivated, renamed or removed since: the session ends here
            session.invalidate();
        }
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?continue="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult result = identityStores.validate(new BearerToken(header.substring(7).trim()));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return unauthorized(request, response);
            }
            request.setAttribute(BearerToken.USED, Boolean.TRUE);
            return context.notifyContainerAboutLogin(result);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!basicAllowed()) {
                return unauthorized(request, response);
            }
            var credential = basicCredential(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(request, response);
        }
        if (context.isProtected()) {
            return unauthorized(request, response);
        }
        return context.doNothing();
    }

    /**
     * 401 with the challenges we accept (Bearer; Basic where allowed) and, like every other error of the API, a problem (RFC 9457) in the caller's
     * language instead of the container's HTML error page.
     */
    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        if (basicAllowed()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"kvalitet\", charset=\"UTF-8\"");
        }
        response.addHeader("WWW-Authenticate", "Bearer realm=\"kvalitet\"");
        // without Accept-Language the servlet container offers its own default locale: Swedish applies then
        var asked = request.getHeader("Accept-Language") == null ? List.<Locale>of() : Collections.list(request.getLocales());
        var language = Texts.preferred(asked);
        var problem = Problems.forStatus(HttpServletResponse.SC_UNAUTHORIZED, language, request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        try (Jsonb json = JsonbBuilder.create()) {
            response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
            response.setHeader("Content-Language", language.toLanguageTag());
            response.getWriter().write(json.toJson(problem));
            response.flushBuffer();
        } catch (Exception notWritten) {
            // the status and the challenge are what matter; the body is a courtesy
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The setting if given; otherwise on exactly when the embedded demo runs (the guided tour uses curl -u). */
    boolean basicAllowed() {
        return basicAuth.orElse(demo);
    }

    /** Faces resources (style sheets, scripts, images) are public and need no check of the session. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
