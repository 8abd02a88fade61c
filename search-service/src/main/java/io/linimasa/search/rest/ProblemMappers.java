package io.linimasa.search.rest;

import io.linimasa.search.service.InvalidQueryException;
import io.linimasa.search.service.SearchUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as application/problem+json, never a stack trace or an HTML page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidQueryException e) {
        return Problem.response(400, "Bad request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unavailable(SearchUnavailableException e) {
        LOG.warn("search unavailable", e);
        return Problem.response(503, "Search unavailable", "the search index cannot be reached; try again shortly");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return Problem.response(500, "Internal error", "the request failed; it has been logged");
    }
}
