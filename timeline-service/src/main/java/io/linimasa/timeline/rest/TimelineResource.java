package io.linimasa.timeline.rest;

import io.linimasa.timeline.service.InvalidTimelineQueryException;
import io.linimasa.timeline.service.Timeline;
import io.linimasa.timeline.service.TimelineQuery;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class TimelineResource {

    static final int MAX_LIMIT = 1000;
    static final int MAX_QUERY_LENGTH = 1000;

    private final TimelineQuery timeline;

    public TimelineResource(TimelineQuery timeline) {
        this.timeline = timeline;
    }

    @GET
    public Timeline get(@QueryParam("q") String q,
                        @QueryParam("entity") List<String> entities,
                        @QueryParam("from") String from,
                        @QueryParam("to") String to,
                        @QueryParam("limit") String limit) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidTimelineQueryException("q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidTimelineQueryException("from is after to");
        }
        List<String> entityNames = entities == null ? List.of()
                : entities.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
        return timeline.timeline(q == null || q.isBlank() ? null : q.strip(), entityNames, fromDate, toDate, limit(limit));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 200;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidTimelineQueryException("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidTimelineQueryException(name + " must be a date YYYY-MM-DD");
        }
    }
}
