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
        int size,
        String cursor) {
}
