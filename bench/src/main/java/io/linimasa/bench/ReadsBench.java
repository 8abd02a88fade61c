package io.linimasa.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linimasa.search.service.ArticleSearch;
import io.linimasa.search.service.SearchQuery;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * What reading costs on the running stack, whatever it holds: {@code ./linimasa bench reads
 * [--seconds 10] [--connections 8] [--rounds 3]}.
 *
 * <ul>
 * <li>search-service against the very request it sends, sent straight to Elasticsearch: p50, p99 and
 *     requests per second at the same number of connections, in alternating rounds (the machine is
 *     noisy), and the ratios;</li>
 * <li>the timeline API for an entity, for words and for a date range: p50 and p99;</li>
 * <li>disk per article in PostgreSQL and in Elasticsearch, and the resident memory of each process.</li>
 * </ul>
 */
public final class ReadsBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of("banjir", "harga beras Jakarta", "Badan Nasional Penanggulangan Bencana",
            "pemilu Papua", "gempa bumi Sulawesi Selatan", "inflasi", "kereta api Medan", "sampah Denpasar", "pompa air darurat",
            "Bank Indonesia", "\"posko pengungsian\"", "floods rainy season");

    private record Latencies(List<Long> nanos, double seconds) {

        double percentile(double p) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }

        double perSecond() {
            return nanos.size() / seconds;
        }

        Latencies plus(Latencies other) {
            List<Long> all = new ArrayList<>(nanos);
            all.addAll(other.nanos);
            return new Latencies(all, seconds + other.seconds);
        }
    }

    private final LocalStack stack = new LocalStack();
    private final int seconds;
    private final int connections;

    private ReadsBench(int seconds, int connections) {
        this.seconds = seconds;
        this.connections = connections;
    }

    public static void main(String[] args) throws Exception {
        int seconds = 10;
        int connections = 8;
        int rounds = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new ReadsBench(seconds, connections).run(rounds);
    }

    private void run(int rounds) throws Exception {
        long articles = stack.sql("SELECT count(*) FROM ingest.article");
        System.out.printf(Locale.ROOT, "Reads on %,d articles: %d connections, %d rounds of %d s per target%n%n", articles, connections,
                rounds, seconds);
        List<String> direct = directRequests();
        Latencies service = new Latencies(List.of(), 0);
        Latencies elasticsearch = new Latencies(List.of(), 0);
        warmUp(direct);
        for (int round = 0; round < rounds; round++) {
            service = service.plus(load(i -> get(stack.search + "/api/search?size=10&q=" + encode(QUERIES.get(i % QUERIES.size())))));
            elasticsearch = elasticsearch.plus(load(i -> post(stack.elasticsearch + "/" + stack.alias + "/_search?typed_keys=true",
                    direct.get(i % direct.size()))));
        }
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %10s%n", "search (the same queries)", "p50 ms", "p99 ms", "req/s");
        row("search-service GET /api/search", service);
        row("Elasticsearch, the same request straight", elasticsearch);
        System.out.printf(Locale.ROOT, "%-44s %9.2f %9.2f %10.2f   (goal: p99 <= 1.3x, req/s >= 0.8x)%n%n", "search-service / Elasticsearch",
                service.percentile(0.5) / elasticsearch.percentile(0.5), service.percentile(0.99) / elasticsearch.percentile(0.99),
                service.perSecond() / elasticsearch.perSecond());

        String entity = mostCited();
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %10s%n", "timeline API", "p50 ms", "p99 ms", "req/s");
        row("an entity (" + entity + ")", load(i -> get(stack.timeline + "/api/timeline?entity=" + encode(entity))));
        row("words (banjir)", load(i -> get(stack.timeline + "/api/timeline?q=banjir")));
        row("a date range (a month)", load(i -> get(stack.timeline + "/api/timeline?from=2023-10-01&to=2023-10-31")));

        System.out.println();
        long pgBytes = stack.sql("""
                SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN ('ingest', 'timeline') AND c.relkind IN ('r', 'm')""");
        JsonNode index = JSON.readTree(stack.get(stack.elasticsearch + "/_cat/indices/" + stack.alias + "?bytes=b&format=json").body());
        long esBytes = 0;
        for (JsonNode i : index) {
            esBytes += i.path("store.size").asLong();
        }
        System.out.printf(Locale.ROOT, "%-44s %,12d bytes   %,8.0f bytes an article%n", "disk: PostgreSQL (schemas ingest, timeline)",
                pgBytes, (double) pgBytes / Math.max(1, articles));
        System.out.printf(Locale.ROOT, "%-44s %,12d bytes   %,8.0f bytes an article%n", "disk: Elasticsearch (the index behind the alias)",
                esBytes, (double) esBytes / Math.max(1, articles));
        for (String process : List.of("elasticsearch", "ingest-service", "search-service", "timeline-service")) {
            stack.pid(process).ifPresent(pid -> System.out.printf(Locale.ROOT, "%-44s %,12d kB%n", "resident memory: " + process,
                    ProcessCost.residentKilobytes(pid)));
        }
        System.out.printf(Locale.ROOT, "%-44s %,12d kB%n", "resident memory: PostgreSQL (every process)",
                ProcessCost.residentKilobytesOfUser("postgres"));
    }

    /** search-service's own Elasticsearch requests for the queries, as JSON. */
    private List<String> directRequests() throws Exception {
        try (RestClient rest = RestClient.builder(HttpHost.create(stack.elasticsearch)).build()) {
            JacksonJsonpMapper mapper = new JacksonJsonpMapper();
            ArticleSearch search = new ArticleSearch(new ElasticsearchClient(new RestClientTransport(rest, mapper)),
                    SearchBench.config(stack.alias));
            List<String> requests = new ArrayList<>();
            for (String q : QUERIES) {
                requests.add(JsonpUtils.toJsonString(search.request(new SearchQuery(q, List.of(), List.of(), List.of(), null, null,
                        SearchQuery.Order.RELEVANCE, 10, null)), mapper));
            }
            return requests;
        }
    }

    private String mostCited() {
        try (var c = stack.database(); var rs = c.createStatement().executeQuery(
                "SELECT name FROM ingest.article_entity GROUP BY name ORDER BY count(*) DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "Jakarta";
        } catch (Exception e) {
            return "Jakarta";
        }
    }

    private void warmUp(List<String> direct) throws Exception {
        for (int i = 0; i < QUERIES.size() * 3; i++) {
            get(stack.search + "/api/search?size=10&q=" + encode(QUERIES.get(i % QUERIES.size()))).call();
            post(stack.elasticsearch + "/" + stack.alias + "/_search?typed_keys=true", direct.get(i % direct.size())).call();
        }
    }

    private static void row(String what, Latencies l) {
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %10.0f%n", what, l.percentile(0.5), l.percentile(0.99), l.perSecond());
    }

    /** The connections, each sending one request after another for the round's seconds. */
    private Latencies load(IntFunction<java.util.concurrent.Callable<Integer>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try {
            List<Future<List<Long>>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int offset = c;
                running.add(pool.submit(() -> {
                    List<Long> nanos = new ArrayList<>();
                    for (int i = offset; System.nanoTime() < end; i += connections) {
                        long t = System.nanoTime();
                        int status = request.apply(i).call();
                        if (status != 200) {
                            throw new IllegalStateException("answered " + status);
                        }
                        nanos.add(System.nanoTime() - t);
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : running) {
                all.addAll(f.get());
            }
            return new Latencies(all, (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private java.util.concurrent.Callable<Integer> get(String url) {
        return () -> stack.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private java.util.concurrent.Callable<Integer> post(String url, String body) {
        return () -> stack.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
