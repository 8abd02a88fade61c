package io.linimasa.security;

import io.linimasa.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Authentication and authorization failures as problem+json: 401 with a Bearer challenge for a
 * missing, expired, forged or malformed token (whatever is wrong with it: never a 500), 403 for a
 * token without the role. They reach these mappers because authentication is not proactive.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized("the bearer token is not valid (expired, wrongly signed or malformed)");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized("this needs a bearer token: Authorization: Bearer <token>");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "Forbidden", "the token does not grant the role this needs");
    }

    private static Response unauthorized(String detail) {
        Response response = Problem.response(401, "Unauthorized", detail);
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }
}
