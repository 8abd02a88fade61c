package io.linimasa.search.service;

import java.time.LocalDate;
import java.util.List;

/** A validated search request. */
public record SearchQuery(
        String q,
        List<String> outlets,
        List<String> entities,
        List<String> languages,
        LocalDate from,
        LocalDate to,
        Order order,
        int size,
        String cursor) {

    /** How hits are ordered: best match first (newest first among equals, and without words), or newest first. */
    public enum Order {
        RELEVANCE, DATE
    }
}
