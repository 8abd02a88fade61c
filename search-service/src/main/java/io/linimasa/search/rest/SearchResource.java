package io.linimasa.search.rest;

import io.linimasa.search.service.ArticleSearch;
import io.linimasa.search.service.InvalidQueryException;
import io.linimasa.search.service.SearchQuery;
import io.linimasa.search.service.SearchResult;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SearchResource {

    static final int MAX_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 1000;

    private final ArticleSearch search;

    public SearchResource(ArticleSearch search) {
        this.search = search;
    }

    @GET
    public SearchResult search(@QueryParam("q") String q,
                               @QueryParam("outlet") List<String> outlets,
                               @QueryParam("entity") List<String> entities,
                               @QueryParam("language") List<String> languages,
                               @QueryParam("from") String from,
                               @QueryParam("to") String to,
                               @QueryParam("sort") String sort,
                               @QueryParam("size") String size,
                               @QueryParam("cursor") String cursor) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidQueryException("from is after to");
        }
        return search.search(new SearchQuery(q == null ? null : q.strip(), values(outlets), values(entities),
                values(languages), fromDate, toDate, order(sort), PageSize.of(size, MAX_SIZE),
                cursor == null || cursor.isBlank() ? null : cursor));
    }

    private static List<String> values(List<String> raw) {
        return raw == null ? List.of() : raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static SearchQuery.Order order(String raw) {
        if (raw == null || raw.isBlank()) {
            return SearchQuery.Order.RELEVANCE;
        }
        return switch (raw.strip()) {
            case "relevance" -> SearchQuery.Order.RELEVANCE;
            case "date" -> SearchQuery.Order.DATE;
            default -> throw new InvalidQueryException("sort must be relevance or date");
        };
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a date YYYY-MM-DD");
        }
    }
}
