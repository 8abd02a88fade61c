package io.linimasa.ingest.rest;

import io.linimasa.normalise.NoArticleFoundException;
import io.linimasa.ingest.service.ArticleTooLargeException;
import io.linimasa.ingest.service.InvalidArticleException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as application/problem+json, never a stack trace or an HTML page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** A refused or lost connection (SQLState class 08) or no connection from the pool in time. */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response invalid(InvalidArticleException e) {
        return Problem.response(400, "Bad request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e) {
        return Problem.response(413, "Content too large", e.getMessage());
    }

    @ServerExceptionMapper
    public Response noArticle(NoArticleFoundException e) {
        return Problem.response(422, "No article found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e) {
        if (databaseUnreachable(e)) {
            LOG.warn("PostgreSQL unreachable", e);
            return Problem.response(503, "Service unavailable", "the database cannot be reached; nothing was stored, try again");
        }
        LOG.error("unexpected failure", e);
        return Problem.response(500, "Internal error", "the request failed; it has been logged");
    }
}
