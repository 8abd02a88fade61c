package io.linimasa.timeline.rest;

import io.linimasa.timeline.store.TimelineStore;
import io.smallrye.common.annotation.Blocking;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The events the worker set aside, and their re-drive once the cause is fixed. */
@Path("/api/timeline/set-aside")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SetAsideResource {

    private static final int LISTED = 1000;

    private final TimelineStore store;

    public SetAsideResource(TimelineStore store) {
        this.store = store;
    }

    @GET
    @Transactional
    public Map<String, List<TimelineStore.SetAsideRow>> list() {
        return Map.of("events", store.setAsideEvents(LISTED));
    }

    /** Every set-aside event is assigned again by the next worker run (and set aside again if it still fails). */
    @POST
    @Path("redrive")
    @Transactional
    public Map<String, Integer> redrive() {
        return Map.of("redriven", store.redriveSetAside());
    }
}
