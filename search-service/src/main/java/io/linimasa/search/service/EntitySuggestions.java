package io.linimasa.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.linimasa.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Canonical entity names a prefix starts a word of ("Pu" → "Vladimir Putin"), the most reported
 * first, with how many articles name each: a terms aggregation on the keyword field of the
 * articles' entities, its values filtered by a case-blind regular expression.
 */
@ApplicationScoped
public class EntitySuggestions {

    public record Suggestions(String prefix, List<SearchResult.FacetValue> entities) {
    }

    public static final int MAX_PREFIX_LENGTH = 100;

    private final ElasticsearchClient client;
    private final SearchConfig config;

    public EntitySuggestions(ElasticsearchClient client, SearchConfig config) {
        this.client = client;
        this.config = config;
    }

    public Suggestions suggest(String prefix, int size) {
        String include = "(.*[ \\-])?" + caseBlind(prefix) + ".*";
        SearchResponse<Void> response;
        try {
            response = client.search(s -> s.index(config.index().alias()).size(0)
                    .aggregations("entity", a -> a.terms(t -> t.field("entities").size(size).include(i -> i.regexp(include)))),
                    Void.class);
        } catch (ElasticsearchException | IOException e) {
            throw new SearchUnavailableException(e);
        }
        return new Suggestions(prefix, buckets(response.aggregations().get("entity")));
    }

    /** Each letter in both cases, everything else escaped: the prefix as written, matched literally. */
    static String caseBlind(String prefix) {
        StringBuilder regex = new StringBuilder();
        prefix.codePoints().forEach(c -> {
            if (Character.isLetter(c) && Character.toLowerCase(c) != Character.toUpperCase(c)) {
                regex.append('[').appendCodePoint(Character.toLowerCase(c)).appendCodePoint(Character.toUpperCase(c)).append(']');
            } else if (Character.isLetterOrDigit(c)) {
                regex.appendCodePoint(c);
            } else {
                regex.append('\\').appendCodePoint(c);
            }
        });
        return regex.toString();
    }

    private static List<SearchResult.FacetValue> buckets(Aggregate aggregate) {
        List<SearchResult.FacetValue> values = new ArrayList<>();
        if (aggregate != null && aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                values.add(new SearchResult.FacetValue(bucket.key().stringValue(), bucket.docCount()));
            }
        }
        return values;
    }
}
