package io.linimasa.ingest.rest;

import io.linimasa.normalise.NoArticleFoundException;
import io.linimasa.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The normaliser (a plain library) found no article in well-formed input: 422. */
public class NoArticleMapper {

    @ServerExceptionMapper
    public Response noArticle(NoArticleFoundException e) {
        return Problem.response(422, "No article found", e.getMessage());
    }
}
