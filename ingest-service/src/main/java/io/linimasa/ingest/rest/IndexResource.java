package io.linimasa.ingest.rest;

import io.linimasa.ingest.index.IndexRebuilder;
import io.linimasa.ingest.store.IndexBuildStore;
import io.linimasa.ingest.store.OutboxStore;
import io.smallrye.common.annotation.Blocking;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Operations on the derived Elasticsearch index: builds, and the documents set aside on the way. */
@Path("/api/index")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class IndexResource {

    private static final int LISTED = 1000;

    private final IndexRebuilder rebuilder;
    private final IndexBuildStore builds;
    private final OutboxStore outbox;

    public IndexResource(IndexRebuilder rebuilder, IndexBuildStore builds, OutboxStore outbox) {
        this.rebuilder = rebuilder;
        this.builds = builds;
        this.outbox = outbox;
    }

    /**
     * Asks for the index to be built again from PostgreSQL (by whichever replica gets there first);
     * search keeps the old index until the swap. 202 with the build, which GET /api/index/builds/{id} follows.
     */
    @POST
    @Path("rebuild")
    public Response rebuild(UriInfo uri) {
        IndexBuildStore.Build build = rebuilder.request();
        return Response.accepted(build)
                .location(uri.getBaseUriBuilder().path("api/index/builds").path(Long.toString(build.id())).build())
                .build();
    }

    @GET
    @Path("builds")
    @Transactional
    public Map<String, List<IndexBuildStore.Build>> builds() {
        return Map.of("builds", builds.recent(50));
    }

    @GET
    @Path("builds/{id}")
    @Transactional
    public IndexBuildStore.Build build(@PathParam("id") long id) {
        return builds.find(id).orElseThrow(() -> new NotFoundException("no index build " + id));
    }

    /** Documents Elasticsearch refused for good (or too often), with the reason. */
    @GET
    @Path("set-aside")
    @Transactional
    public Map<String, List<OutboxStore.SetAside>> setAside() {
        return Map.of("documents", outbox.setAside(LISTED));
    }

    /** Every set-aside document goes back to the outbox, to be indexed again (after a fix, say). */
    @POST
    @Path("set-aside/redrive")
    @Transactional
    public Map<String, Integer> redrive() {
        return Map.of("redriven", outbox.redrive());
    }
}
