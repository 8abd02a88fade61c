package io.linimasa.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linimasa.bench.SearchFloors.Scores;
import io.linimasa.bench.SearchJudgments.Judged;
import io.linimasa.ingest.index.ArticleDocument;
import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.NormalisedArticle;
import io.linimasa.search.config.SearchConfig;
import io.linimasa.search.service.ArticleSearch;
import io.linimasa.search.service.SearchQuery;
import io.linimasa.search.service.SearchResult;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * Search relevance: the judged queries of {@code bench/search/queries.tsv} run through search-service's
 * own {@link ArticleSearch} and through a plain BM25 {@code multi_match} baseline, on one index of the
 * bench corpus built in this run (the real normaliser, ingest-service's documents and mapping, the local
 * Elasticsearch). Prints nDCG@10, recall@10 (pages graded 1 or 2) and expected@10 (the share of grade-2
 * pages in the first ten) per kind and overall for both, and the queries whose first ten miss a grade-2
 * page.
 *
 * <p>Usage: {@code ./linimasa bench search [--verbose] [--gate]}. With {@code --gate} it exits 1 when
 * search-service falls below a floor of {@code bench/search/floors.tsv}. Elasticsearch:
 * {@code LINIMASA_ES_URL} (default http://127.0.0.1:9200).
 */
public final class SearchBench {

    private static final Path DIR = Path.of("bench", "search");
    /** The pages the judgments grade; a page met twice (the seeds) is indexed once. */
    private static final List<Path> CORPUS = List.of(Path.of("bench", "extraction", "pages"),
            Path.of("bench", "extraction", "holdout", "pages"), Path.of("bench", "extraction", "holdout2", "pages"),
            Path.of("bench", "timeline", "articles"));
    private static final List<String> BASELINE_FIELDS = List.of("title", "title.id", "title.en", "body", "body.id", "body.en");
    private static final int K = 10;

    /** One engine's first ten for one query. */
    record Run(Judged query, List<String> ranking) {
        double ndcg() {
            return RankingMetrics.ndcg(ranking, query.grades(), K);
        }

        double recall() {
            return RankingMetrics.recall(ranking, query.grades(), K, 1);
        }

        double expected() {
            return RankingMetrics.recall(ranking, query.grades(), K, 2);
        }
    }

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = false;
        boolean gate = false;
        for (String arg : args) {
            switch (arg) {
                case "-v", "--verbose" -> verbose = true;
                case "--gate" -> gate = true;
                default -> {
                    System.err.println("usage: ./linimasa bench search [--verbose] [--gate]");
                    System.exit(2);
                }
            }
        }
        List<Judged> queries = SearchJudgments.read(DIR.resolve("queries.tsv"));
        Map<String, ArticleDocument> corpus = corpus();
        for (Judged q : queries) {
            for (String page : q.grades().keySet()) {
                if (!corpus.containsKey(page)) {
                    throw new IllegalStateException(q.id() + " judges " + page + ", which is not in the corpus");
                }
            }
        }
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        String url = System.getenv().getOrDefault("LINIMASA_ES_URL", "http://127.0.0.1:9200");
        List<Run> service = new ArrayList<>();
        List<Run> baseline = new ArrayList<>();
        try (RestClient rest = RestClient.builder(HttpHost.create(url)).build()) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
            try (SearchBenchIndex index = SearchBenchIndex.create(client, json, corpus.values())) {
                ArticleSearch search = new ArticleSearch(client, config(index.alias()));
                System.out.printf(Locale.ROOT, "Search bench: %d queries over %d pages (index %s, ingest-service's mapping)%n%n",
                        queries.size(), corpus.size(), index.alias());
                for (Judged q : queries) {
                    service.add(new Run(q, serviceRanking(search, q.query())));
                    baseline.add(new Run(q, baselineRanking(client, index.alias(), q.query())));
                }
            }
        }
        Map<String, Scores> serviceScores = byKind(service);
        Map<String, Scores> baselineScores = byKind(baseline);
        printTable(serviceScores, baselineScores, counts(queries));
        printMisses("search-service", service, verbose);
        printMisses("baseline", baseline, false);
        if (verbose) {
            printQueries(service, baseline, corpus);
        }
        if (gate) {
            List<String> lost = SearchFloors.read(DIR.resolve("floors.tsv")).lost(serviceScores);
            System.out.println();
            if (lost.isEmpty()) {
                System.out.println("Gate: every floor of bench/search/floors.tsv holds.");
            } else {
                System.out.println("Gate: floors lost (bench/search/floors.tsv):");
                lost.forEach(l -> System.out.println("  " + l));
                System.exit(1);
            }
        }
    }

    /** The documents ingest-service would index for the corpus pages (no duplicates among them). */
    private static Map<String, ArticleDocument> corpus() throws IOException {
        ArticleNormaliser normaliser = new ArticleNormaliser();
        Map<String, ArticleDocument> documents = new LinkedHashMap<>();
        for (Path dir : CORPUS) {
            List<Path> pages;
            try (Stream<Path> files = Files.list(dir)) {
                pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path page : pages) {
                String id = page.getFileName().toString().replaceFirst("\\.txt$", "");
                if (!documents.containsKey(id)) {
                    documents.put(id, document(id, normaliser.fromText(Files.readString(page), ArticleNormaliser.Hints.NONE)));
                }
            }
        }
        return documents;
    }

    private static ArticleDocument document(String id, NormalisedArticle a) {
        Instant published = a.publishedAt() == null ? null : a.publishedAt().toInstant();
        String offset = a.publishedAt() == null ? null : a.publishedAt().getOffset().getId().replace("Z", "+00:00");
        return ArticleDocument.of(id, null, a.title(), a.body(), published, offset, a.outlet(), a.authors(), a.editors(),
                a.dateline(), a.language(), a.entities().stream().map(EntityMention::name).toList(), null, null, Instant.EPOCH);
    }

    /** search-service's configuration with its own defaults, reading the bench's alias. */
    static SearchConfig config(String alias) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SearchConfig.class)
                .withSources(new PropertiesConfigSource(Map.of("linimasa.index.alias", alias), "search bench", 500))
                .build();
        return config.getConfigMapping(SearchConfig.class);
    }

    private static List<String> serviceRanking(ArticleSearch search, String q) {
        SearchResult result = search.search(new SearchQuery(q, List.of(), List.of(), List.of(), null, null, SearchQuery.Order.RELEVANCE, K, null));
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<String> baselineRanking(ElasticsearchClient client, String alias, String q) throws IOException {
        return client.search(s -> s.index(alias).size(K).source(src -> src.fetch(false))
                        .query(query -> query.multiMatch(m -> m.query(q).fields(BASELINE_FIELDS))), JsonData.class)
                .hits().hits().stream().map(Hit::id).toList();
    }

    private static Map<String, Integer> counts(List<Judged> queries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        queries.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        counts.put("all", queries.size());
        return counts;
    }

    private static Map<String, Scores> byKind(List<Run> runs) {
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        for (Run run : runs) {
            groups.computeIfAbsent(run.query().kind(), k -> new ArrayList<>()).add(run);
        }
        groups.put("all", runs);
        Map<String, Scores> scores = new LinkedHashMap<>();
        groups.forEach((kind, group) -> scores.put(kind, new Scores(
                group.stream().mapToDouble(Run::ndcg).average().orElse(0),
                group.stream().mapToDouble(Run::recall).average().orElse(0),
                group.stream().mapToDouble(Run::expected).average().orElse(0))));
        return scores;
    }

    private static void printTable(Map<String, Scores> service, Map<String, Scores> baseline, Map<String, Integer> counts) {
        System.out.printf(Locale.ROOT, "%-10s %4s   %-28s   %-28s%n", "", "", "search-service", "baseline (BM25 multi_match)");
        System.out.printf(Locale.ROOT, "%-10s %4s   %8s %8s %10s   %8s %8s %10s%n",
                "kind", "n", "nDCG@10", "R@10", "expect@10", "nDCG@10", "R@10", "expect@10");
        service.forEach((kind, s) -> {
            Scores b = baseline.get(kind);
            if (kind.equals("all")) {
                System.out.println("-".repeat(78));
            }
            System.out.printf(Locale.ROOT, "%-10s %4d   %8.3f %8.3f %10.3f   %8.3f %8.3f %10.3f%n", kind, counts.get(kind),
                    s.ndcg(), s.recall(), s.expected(), b.ndcg(), b.recall(), b.expected());
        });
    }

    /** The queries whose first ten miss a grade-2 page (and, verbose, a grade-1 page), with where it ranked. */
    private static void printMisses(String engine, List<Run> runs, boolean withGradeOne) {
        List<String> lines = new ArrayList<>();
        for (Run run : runs) {
            List<String> missing = new ArrayList<>();
            run.query().grades().forEach((page, grade) -> {
                if ((grade == 2 || withGradeOne) && !run.ranking().contains(page)) {
                    missing.add(page + " (" + grade + ")");
                }
            });
            if (!missing.isEmpty()) {
                lines.add(String.format(Locale.ROOT, "  %-4s %-9s %-40s %s", run.query().id(), run.query().kind(),
                        run.query().query(), String.join(", ", missing)));
            }
        }
        System.out.printf(Locale.ROOT, "%n%s: %d queries miss %s in their first ten%n", engine, lines.size(),
                withGradeOne ? "a graded page (grade in brackets)" : "a grade-2 page");
        lines.forEach(System.out::println);
    }

    private static void printQueries(List<Run> service, List<Run> baseline, Map<String, ArticleDocument> corpus) {
        System.out.println();
        System.out.println("Per query: nDCG@10 search-service / baseline, then search-service's first ten (grade)");
        for (int i = 0; i < service.size(); i++) {
            Run s = service.get(i);
            System.out.printf(Locale.ROOT, "%-4s %-9s %-40s %.3f / %.3f%n", s.query().id(), s.query().kind(), s.query().query(),
                    s.ndcg(), baseline.get(i).ndcg());
            for (String page : s.ranking()) {
                System.out.printf(Locale.ROOT, "       %d %-40s %s%n", s.query().grades().getOrDefault(page, 0), page,
                        corpus.get(page).title());
            }
        }
    }
}
