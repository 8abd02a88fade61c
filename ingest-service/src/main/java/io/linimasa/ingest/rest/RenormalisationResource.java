package io.linimasa.ingest.rest;

import io.linimasa.ingest.service.Renormaliser;
import io.linimasa.ingest.store.RenormalisationStore;
import io.linimasa.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
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

/** Re-normalisation of the stored articles from their raw content, after the normaliser changed. */
@Path("/api/renormalisations")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.ADMIN)
public class RenormalisationResource {

    private final Renormaliser renormaliser;
    private final RenormalisationStore runs;

    public RenormalisationResource(Renormaliser renormaliser, RenormalisationStore runs) {
        this.renormaliser = renormaliser;
        this.runs = runs;
    }

    /** Starts a run over every stored article (or answers the one running): 202, followed at its Location. */
    @POST
    public Response start(UriInfo uri) {
        RenormalisationStore.Run run = renormaliser.request();
        return Response.accepted(run)
                .location(uri.getBaseUriBuilder().path("api/renormalisations").path(Long.toString(run.id())).build())
                .build();
    }

    @GET
    @Transactional
    public Map<String, List<RenormalisationStore.Run>> recent() {
        return Map.of("runs", runs.recent(50));
    }

    @GET
    @Path("{id}")
    @Transactional
    public RenormalisationStore.Run run(@PathParam("id") long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("no re-normalisation " + id));
    }
}
