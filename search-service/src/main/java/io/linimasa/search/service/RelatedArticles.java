package io.linimasa.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.linimasa.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stories related to an article: {@code more_like_this} over its body (in the analysis of its
 * language, from the term vectors the index keeps) together with the entities it shares, whose
 * canonical names also bridge languages. The article's own story (itself, the article it
 * duplicates, the copies of it) is left out; the copies of one related story are folded into its
 * best-matching copy; stories from other outlets come before those of the article's own outlet.
 */
@ApplicationScoped
public class RelatedArticles {

    /** Elasticsearch ids are at most 512 bytes: a longer one names no article. */
    private static final int MAX_ID_BYTES = 512;
    /** Candidates fetched per related story asked for: room for folding copies and reordering outlets. */
    private static final int CANDIDATES_PER_STORY = 3;
    /** The most entities of the article that take part: its first ones, the normaliser's order. */
    private static final int MAX_ENTITIES = 20;

    private final ElasticsearchClient client;
    private final String alias;

    public RelatedArticles(ElasticsearchClient client, SearchConfig config) {
        this.client = client;
        this.alias = config.index().alias();
    }

    public RelatedResult related(String id, int size) {
        try {
            Hit<Source> article = article(id);
            Source source = article.source();
            String story = storyOf(article.id(), source);
            List<Hit<Source>> candidates = client.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true)
                    .size(size * CANDIDATES_PER_STORY)
                    .query(query(article, story))
                    .source(f -> f.filter(i -> i.includes(Source.FIELDS))), Source.class).hits().hits();
            return new RelatedResult(article.id(), fold(candidates, source.outlet(), size));
        } catch (ElasticsearchException | IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private Hit<Source> article(String id) throws IOException {
        if (id.isBlank() || id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw notFound(id);
        }
        SearchResponse<Source> found = client.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true).size(1)
                .query(q -> q.ids(i -> i.values(id)))
                .source(f -> f.filter(i -> i.includes(Source.FIELDS))), Source.class);
        if (found.hits().hits().isEmpty()) {
            throw notFound(id);
        }
        return found.hits().hits().get(0);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no article with id " + id);
    }

    private static Query query(Hit<Source> article, String story) {
        Source source = article.source();
        String body = switch (Objects.requireNonNullElse(source.language(), "")) {
            case "id" -> "body.id";
            case "en" -> "body.en";
            default -> "body";
        };
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.moreLikeThis(m -> m.fields(body)
                    .like(l -> l.document(d -> d.index(article.index()).id(article.id())))
                    // News bodies are short and a name said once is telling; a term only this article has relates nothing.
                    .minTermFreq(1).minDocFreq(2).maxQueryTerms(25)));
            List<String> entities = source.entities() == null ? List.of() : source.entities();
            for (String entity : entities.stream().distinct().limit(MAX_ENTITIES).toList()) {
                b.should(s -> s.term(t -> t.field("entities").value(entity)));
            }
            b.minimumShouldMatch("1");
            b.mustNot(n -> n.ids(i -> i.values(List.of(article.id(), story))));
            b.mustNot(n -> n.term(t -> t.field("duplicateOf").value(FieldValue.of(story))));
            return b;
        }));
    }

    /** The first article of a story: the one an article duplicates, or the article itself. */
    private static String storyOf(String id, Source source) {
        return source.duplicateOf() == null ? id : source.duplicateOf();
    }

    /** One entry per story (its best-scoring copy first, the others as its duplicates), other outlets first. */
    private static List<RelatedResult.Related> fold(List<Hit<Source>> candidates, String outlet, int size) {
        Map<String, List<Hit<Source>>> stories = new LinkedHashMap<>();
        for (Hit<Source> hit : candidates) {
            stories.computeIfAbsent(storyOf(hit.id(), hit.source()), k -> new ArrayList<>()).add(hit);
        }
        List<RelatedResult.Related> others = new ArrayList<>();
        List<RelatedResult.Related> sameOutlet = new ArrayList<>();
        for (List<Hit<Source>> copies : stories.values()) {
            Hit<Source> best = copies.get(0);
            Source s = best.source();
            List<String> duplicates = copies.subList(1, copies.size()).stream().map(Hit::id).toList();
            RelatedResult.Related related = new RelatedResult.Related(best.id(), s.title(), s.publishedText(), s.outlet(),
                    s.language(), best.score(), duplicates);
            (outlet != null && outlet.equals(s.outlet()) ? sameOutlet : others).add(related);
        }
        others.addAll(sameOutlet);
        return others.size() > size ? List.copyOf(others.subList(0, size)) : others;
    }

    /** The fields of an article that finding and showing related stories need. */
    public record Source(String id, String title, String publishedText, String outlet, String language,
                         List<String> entities, String duplicateOf) {
        static final List<String> FIELDS = List.of("id", "title", "publishedText", "outlet", "language", "entities", "duplicateOf");
    }
}
