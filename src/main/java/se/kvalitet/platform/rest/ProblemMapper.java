package se.kvalitet.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kvalitet.platform.i18n.Texts;

/**
 * Every failure of the REST API becomes a problem (RFC 9457) in the caller's language: rule violations,
 * unknown ids, refused access, concurrent changes, and JAX-RS' own errors (unknown path, wrong method,
 * unacceptable media type). What the answer says is decided by {@link Problems}; this class only reads
 * the request (language, path) and writes the response. Server errors are logged with their stack trace
 * and the request path; the caller only gets a generic text.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = Texts.preferred(acceptableLanguages());
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (thrown instanceof WebApplicationException web) {
            Response original = web.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            var problem = Problems.forStatus(original.getStatus(), locale, instance);
            logIfServerError(problem, thrown);
            // keeps the headers JAX-RS set (Allow on 405, WWW-Authenticate on 401)
            return answer(Response.fromResponse(original), problem, locale);
        }
        var problem = Problems.of(thrown, locale, instance);
        logIfServerError(problem, thrown);
        return answer(Response.status(problem.status()), problem, locale);
    }

    private static Response answer(Response.ResponseBuilder builder, Problem problem, Locale locale) {
        return builder.status(problem.status()).type(Problem.MEDIA_TYPE).language(locale).entity(problem).build();
    }

    private static void logIfServerError(Problem problem, Throwable thrown) {
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "REST API failure at " + problem.instance(), thrown);
        }
    }

    private List<Locale> acceptableLanguages() {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException malformedHeader) {
            return List.of();
        }
    }
}
