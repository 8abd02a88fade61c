package io.linimasa.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error as application/problem+json, never a stack trace or an HTML page, and the same
 * status for the same failure in every service: 503 when the database cannot be reached, 500 for
 * what was not foreseen (logged), the status a {@link ProblemException} carries.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.status() >= 500) {
            LOG.warn(e.getMessage(), e.getCause());
        }
        Response response = Problem.response(e.status(), e.title(), e.getMessage());
        if (e.retryAfter() != null) {
            response.getHeaders().putSingle("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e) {
        if (Failures.databaseUnreachable(e)) {
            LOG.warn("PostgreSQL unreachable", e);
            Response response = Problem.response(503, "Service unavailable",
                    "the database cannot be reached; nothing was changed, try again");
            response.getHeaders().putSingle("Retry-After", "5");
            return response;
        }
        LOG.error("unexpected failure", e);
        return Problem.response(500, "Internal error", "the request failed; it has been logged");
    }
}
