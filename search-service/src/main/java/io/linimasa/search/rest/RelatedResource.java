package io.linimasa.search.rest;

import io.linimasa.search.service.RelatedArticles;
import io.linimasa.search.service.RelatedResult;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/articles/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class RelatedResource {

    static final int MAX_SIZE = 50;

    private final RelatedArticles related;

    public RelatedResource(RelatedArticles related) {
        this.related = related;
    }

    @GET
    public RelatedResult related(@PathParam("id") String id, @QueryParam("size") String size) {
        return related.related(id, PageSize.of(size, MAX_SIZE));
    }
}
