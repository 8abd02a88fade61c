package io.linimasa.ingest.rest;

import io.linimasa.ingest.index.ArticleIndex;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Operations on the derived Elasticsearch index. */
@Path("/api/index")
public class IndexResource {

    private final ArticleIndex index;

    public IndexResource(ArticleIndex index) {
        this.index = index;
    }

    /** Rebuilds the index from PostgreSQL in the background; search keeps the old one until the swap. */
    @POST
    @Path("rebuild")
    public Response rebuild() {
        index.requestRebuild();
        return Response.accepted().build();
    }
}
