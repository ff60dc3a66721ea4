package se.kvalitet.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kvalitet.people.boundary.ApiTokens.CreatedToken;
import se.kvalitet.people.boundary.ApiTokens.NewToken;
import se.kvalitet.people.boundary.ApiTokens.TokenView;
import se.kvalitet.platform.rest.Problem;
import se.kvalitet.platform.security.BearerToken;

/** The caller's own personal API tokens over REST; authorization is the {@link ApiTokens} boundary's. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Personal API tokens: send one as Authorization: Bearer <token>")
public class TokensResource {

    @Inject
    ApiTokens tokens;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(operationId = "listMyTokens", summary = "The caller's tokens, newest first (never with their secrets)")
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<TokenView> mine() {
        return tokens.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMyToken", summary = "Create a token for the caller",
            description = "The answer's secret is shown this once and never stored: keep it safe. expiresInDays from 1 "
                    + "to the configured maximum (kvalitet.api.token-max-days, 365 by default). Not with a token: "
                    + "a token never makes another (403).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewToken.class)))
    @APIResponse(responseCode = "201", description = "Created; the secret is in the answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedToken.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", description = "A rule says no (name, lifetime, too many tokens)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(NewToken request) {
        // a token never makes another: a leaked token must end with its own expiry or revocation
        if (Boolean.TRUE.equals(http.getAttribute(BearerToken.USED))) {
            throw new ForbiddenException();
        }
        var created = tokens.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.token().id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeMyToken", summary = "Revoke one of the caller's tokens (kept on record, never answers again)")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TokenView revoke(@PathParam("id") Long id) {
        return tokens.revoke(id);
    }
}
