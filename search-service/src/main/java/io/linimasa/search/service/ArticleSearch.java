package io.linimasa.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import io.linimasa.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over the alias that ingest-service fills. User words go into a multi_match
 * query, never into query syntax, so no input can cause a parse error. Each text field is indexed
 * three ways (standard, Indonesian and English analysis): a query matches a page in its own language
 * with stemming, whatever the language of the words.
 */
@ApplicationScoped
public class ArticleSearch {

    private static final List<String> TEXT_FIELDS = List.of("title^3", "title.id^3", "title.en^3", "body", "body.id", "body.en");
    private static final List<String> HIGHLIGHTED = List.of("body.id", "body.en", "body", "title");

    private final ElasticsearchClient client;
    private final SearchConfig config;

    public ArticleSearch(ElasticsearchClient client, SearchConfig config) {
        this.client = client;
        this.config = config;
    }

    public SearchResult search(SearchQuery query) {
        boolean ranked = query.q() != null && !query.q().isBlank();
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(config.index().alias())
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .query(query(query, ranked))
                .sort(sort(ranked))
                .source(s -> s.filter(f -> f.includes("id", "title", "publishedText", "outlet", "language")))
                .aggregations("outlet", a -> a.terms(t -> t.field("outlet").size(config.search().facetSize())))
                .aggregations("entity", a -> a.terms(t -> t.field("entities").size(config.search().facetSize())))
                .aggregations("month", a -> a.terms(t -> t.field("month").size(1200)
                        .order(NamedValue.of("_key", SortOrder.Asc))));
        if (ranked) {
            request.highlight(h -> {
                h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").requireFieldMatch(false);
                for (String field : HIGHLIGHTED) {
                    h.fields(field, f -> f.numberOfFragments(config.search().highlightFragments()).fragmentSize(160));
                }
                return h;
            });
        }
        if (query.cursor() != null) {
            request.searchAfter(Cursors.decode(query.cursor()));
        }
        SearchResponse<HitSource> response;
        try {
            response = client.search(request.build(), HitSource.class);
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                throw new InvalidQueryException("the cursor does not fit this query");
            }
            throw new SearchUnavailableException(e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<HitSource> hit : response.hits().hits()) {
            HitSource source = hit.source();
            hits.add(new SearchResult.Hit(hit.id(), source.title(), source.publishedText(), source.outlet(), source.language(),
                    hit.score(), highlights(hit)));
        }
        List<Hit<HitSource>> page = response.hits().hits();
        String nextCursor = page.size() == query.size() ? Cursors.encode(page.get(page.size() - 1).sort()) : null;
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : List.of("outlet", "entity", "month")) {
            facets.put(facet, buckets(response.aggregations().get(facet)));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, facets, nextCursor);
    }

    private static Query query(SearchQuery query, boolean ranked) {
        return Query.of(q -> q.bool(b -> {
            if (ranked) {
                b.must(m -> m.multiMatch(mm -> mm.query(query.q()).fields(TEXT_FIELDS)
                        .type(TextQueryType.MostFields).operator(Operator.Or).minimumShouldMatch("2<75%")));
            }
            termsFilter(b, "outlet", query.outlets());
            termsFilter(b, "entities", query.entities());
            termsFilter(b, "language", query.languages());
            if (query.from() != null || query.to() != null) {
                b.filter(f -> f.range(r -> r.untyped(u -> {
                    u.field("publishedDay");
                    if (query.from() != null) {
                        u.gte(JsonData.of(query.from().toString()));
                    }
                    if (query.to() != null) {
                        u.lte(JsonData.of(query.to().toString()));
                    }
                    return u;
                })));
            }
            return b;
        }));
    }

    private static void termsFilter(co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery.Builder b,
                                    String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            b.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(terms))));
        }
    }

    private static List<SortOptions> sort(boolean ranked) {
        List<SortOptions> sort = new ArrayList<>();
        if (ranked) {
            sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last"))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    private static List<String> highlights(Hit<HitSource> hit) {
        Set<String> fragments = new LinkedHashSet<>();
        for (String field : HIGHLIGHTED) {
            fragments.addAll(hit.highlight().getOrDefault(field, List.of()));
        }
        return fragments.stream().limit(3).toList();
    }

    private static List<SearchResult.FacetValue> buckets(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        List<SearchResult.FacetValue> values = new ArrayList<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            values.add(new SearchResult.FacetValue(bucket.key().stringValue(), bucket.docCount()));
        }
        return values;
    }

    /** The fields of a hit that the response shows. */
    public record HitSource(String id, String title, String publishedText, String outlet, String language) {
    }
}
