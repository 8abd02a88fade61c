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
    /** Sources shown per entry unless asked otherwise: a story of thousands of reports must not make a page of megabytes. */
    static final int DEFAULT_SOURCES = 50;
    /** The most sources a page may hold (entries times sources per entry), so one read never fills the heap. */
    static final int MAX_PAGE_SOURCES = 10_000;
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
                        @QueryParam("limit") String limit,
                        @QueryParam("sources") String sources) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidTimelineQueryException("q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        // PostgreSQL text holds no NUL: refused here as the caller's mistake, not failed in the database
        if (holdsNul(q) || (entities != null && entities.stream().anyMatch(TimelineResource::holdsNul))) {
            throw new InvalidTimelineQueryException("q and entity must not hold a NUL character");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidTimelineQueryException("from is after to");
        }
        List<String> entityNames = entities == null ? List.of()
                : entities.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
        int entries = number("limit", limit, 200, MAX_LIMIT);
        // unless asked, as many as fit the page's bound (a page of 1,000 entries shows 10 of each)
        int perEntry = number("sources", sources, Math.min(DEFAULT_SOURCES, MAX_PAGE_SOURCES / entries), MAX_LIMIT);
        if ((long) entries * perEntry > MAX_PAGE_SOURCES) {
            throw new InvalidTimelineQueryException("limit times sources may be at most " + MAX_PAGE_SOURCES);
        }
        return timeline.timeline(q == null || q.isBlank() ? null : q.strip(), entityNames, fromDate, toDate, entries, perEntry);
    }

    private static boolean holdsNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    private static int number(String name, String raw, int byDefault, int max) {
        if (raw == null || raw.isBlank()) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidTimelineQueryException(name + " must be a whole number from 1 to " + max);
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
