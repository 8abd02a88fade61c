package io.linimasa.search.service;

import java.util.List;
import java.util.Map;

/** The response of the contract: hits, facets and the cursor of the next page. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String nextCursor) {

    public record Hit(String id, String title, String publishedAt, String outlet, String language, Double score,
                      List<String> highlights) {
    }

    public record FacetValue(String value, long count) {
    }
}
