package io.linimasa.search.rest;

import io.linimasa.search.service.EntitySuggestions;
import io.linimasa.search.service.InvalidQueryException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** GET /api/entities/suggest?prefix=Pu&size=10: canonical entity names for a field that completes them. */
@Path("/api/entities/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EntitySuggestResource {

    static final int MAX_SIZE = 50;

    private final EntitySuggestions suggestions;

    public EntitySuggestResource(EntitySuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    public EntitySuggestions.Suggestions suggest(@QueryParam("prefix") String prefix, @QueryParam("size") String size) {
        String stripped = prefix == null ? "" : prefix.strip();
        if (stripped.isEmpty() || stripped.length() > EntitySuggestions.MAX_PREFIX_LENGTH) {
            throw new InvalidQueryException("prefix takes 1 to " + EntitySuggestions.MAX_PREFIX_LENGTH + " characters");
        }
        return suggestions.suggest(stripped, PageSize.of(size, MAX_SIZE));
    }
}
