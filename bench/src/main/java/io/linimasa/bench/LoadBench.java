package io.linimasa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * How fast the running stack takes pages, against what its stores can do in the same run:
 * {@code ./linimasa bench load N [--senders S] [--batch B] [--seed X]}.
 *
 * <ol>
 * <li>Baseline: the same N pages written raw straight into the stores, the same way: Elasticsearch
 *     {@code _bulk} into a scratch index of the articles mapping (S senders, B pages a request), and
 *     PostgreSQL {@code COPY} into a scratch table.</li>
 * <li>Ingest: S senders post the pages as NDJSON batches of B to the batch endpoint; then wait
 *     until every page is searchable, and until every dated event is on the timeline.</li>
 * </ol>
 * It prints pages accepted per second, searchable per second, the timeline's lag behind the last
 * answer, the baselines and the ratios, and the CPU time of each stage (normalise, store and outbox
 * inside ingest-service; Elasticsearch; PostgreSQL; timeline-service), in total and per 1,000 pages.
 */
public final class LoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE_LIMIT = Duration.ofHours(2);
    private static final String UNASSIGNED_EVENTS = """
            SELECT count(*) FROM ingest.article_event e JOIN ingest.article a ON a.id = e.article_id
            WHERE a.ingested_at >= '%s' AND e.date_start IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM timeline.timeline_source s WHERE s.event_id = e.id
                              AND s.rules_version = (SELECT active_version FROM timeline.merge_state))
              AND NOT EXISTS (SELECT 1 FROM timeline.event_set_aside x WHERE x.event_id = e.id)""";

    private final LocalStack stack = new LocalStack();
    private final int pages;
    private final int senders;
    private final int batch;
    private final Duration timelineWait;
    private final SyntheticPages generator;

    private LoadBench(int pages, int senders, int batch, long seed, Duration timelineWait) {
        this.pages = pages;
        this.senders = senders;
        this.batch = batch;
        this.timelineWait = timelineWait;
        this.generator = new SyntheticPages(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: ./linimasa bench load N [--senders 2] [--batch 100] [--seed X] [--timeline-wait-minutes 30]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int senders = 2;
        int batch = 100;
        long seed = System.currentTimeMillis();
        Duration timelineWait = Duration.ofMinutes(30);
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--senders" -> senders = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--timeline-wait-minutes" -> timelineWait = Duration.ofMinutes(Long.parseLong(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new LoadBench(n, senders, batch, seed, timelineWait).run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Load: %,d distinct pages (seed %d), %d senders, %d pages a batch%n%n", pages,
                generatorSeed(), senders, batch);
        double bulk = rawBulk();
        System.out.printf(Locale.ROOT, "%-44s %,12.0f pages/s%n", "Elasticsearch _bulk, raw (baseline)", bulk);
        double copy = rawCopy();
        System.out.printf(Locale.ROOT, "%-44s %,12.0f pages/s%n%n", "PostgreSQL COPY, raw (baseline)", copy);
        Map<String, Double> cpuBefore = cpu();
        long searchableBefore = stack.searchable();
        Instant start = Instant.now();
        Ingested ingested = ingest();
        Instant answered = Instant.now();
        Instant searchable = awaitSearchable(searchableBefore + ingested.created());
        long waitingAtAnswer = stack.sql(UNASSIGNED_EVENTS.formatted(start));
        long dated = stack.sql("""
                SELECT count(*) FROM ingest.article_event e JOIN ingest.article a ON a.id = e.article_id
                WHERE a.ingested_at >= '%s' AND e.date_start IS NOT NULL""".formatted(start));
        Timeline timeline = awaitTimeline(start, answered);
        Map<String, Double> cpuAfter = cpu();

        double acceptedPerSecond = ingested.accepted() / seconds(start, answered);
        double searchablePerSecond = ingested.created() / seconds(start, searchable);
        System.out.printf(Locale.ROOT, "%n%-44s %12s%n", "", "pages/s");
        System.out.printf(Locale.ROOT, "%-44s %,12.0f%n", "Elasticsearch _bulk, raw (baseline)", bulk);
        System.out.printf(Locale.ROOT, "%-44s %,12.0f%n", "PostgreSQL COPY, raw (baseline)", copy);
        System.out.printf(Locale.ROOT, "%-44s %,12.1f   %.3f x _bulk%n", "ingest: accepted (batch endpoint)", acceptedPerSecond,
                acceptedPerSecond / bulk);
        System.out.printf(Locale.ROOT, "%-44s %,12.1f   %.3f x _bulk, %.3f x COPY%n", "ingest: searchable (end to end)",
                searchablePerSecond, searchablePerSecond / bulk, searchablePerSecond / copy);
        System.out.printf(Locale.ROOT, "%n%-44s %,d created, %,d already there, %,d refused%n", "answers", ingested.created(),
                ingested.accepted() - ingested.created(), ingested.refused());
        System.out.printf(Locale.ROOT, "%-44s %.1f s after the last answer (%.1f s after the first page)%n", "searchable",
                seconds(answered, searchable), seconds(start, searchable));
        System.out.printf(Locale.ROOT, "%-44s %,d, of which %,d were waiting for the timeline at the last answer%n",
                "dated events of these pages", dated, waitingAtAnswer);
        if (timeline.waiting() == 0) {
            System.out.printf(Locale.ROOT, "%-44s %.1f s after the last answer%n", "timeline: every dated event assigned",
                    Math.max(0, seconds(answered, timeline.at())));
        } else {
            System.out.printf(Locale.ROOT, "%-44s NOT caught up: %,d events still waiting %.0f s after the last answer%n",
                    "timeline", timeline.waiting(), seconds(answered, timeline.at()));
        }
        System.out.printf(Locale.ROOT, "%-44s %,.1f events/s while ingest ran, %,.1f events/s after%n", "timeline worker",
                (dated - waitingAtAnswer) / seconds(start, answered),
                (waitingAtAnswer - timeline.waiting()) / seconds(answered, timeline.at()));
        System.out.printf(Locale.ROOT, "%n%-44s %10s %16s%n", "CPU by stage", "seconds", "per 1,000 pages");
        for (String stage : cpuAfter.keySet()) {
            double spent = cpuAfter.get(stage) - cpuBefore.getOrDefault(stage, 0.0);
            System.out.printf(Locale.ROOT, "%-44s %10.1f %16.2f%n", stage, spent, spent * 1000 / Math.max(1, ingested.created()));
        }
    }

    private long generatorSeed() {
        return Long.parseLong(generator.url(0).replaceAll(".*/read/(\\d+)/.*", "$1"));
    }

    // ---- the baselines ------------------------------------------------------------------------

    /** The same pages as documents of the articles mapping, bulk-indexed raw into a scratch index; docs/s. */
    private double rawBulk() throws Exception {
        String index = "bench-load-raw-" + System.currentTimeMillis();
        ObjectNode definition;
        try (InputStream mapping = LoadBench.class.getClassLoader().getResourceAsStream("elasticsearch/articles-index.json")) {
            definition = (ObjectNode) JSON.readTree(mapping);
        }
        definition.with("settings").put("number_of_replicas", 0);
        send("PUT", stack.elasticsearch + "/" + index, JSON.writeValueAsString(definition));
        try {
            AtomicInteger next = new AtomicInteger();
            Instant start = Instant.now();
            parallel(() -> {
                for (int from; (from = next.getAndAdd(batch)) < pages; ) {
                    StringBuilder body = new StringBuilder();
                    for (int n = from; n < Math.min(pages, from + batch); n++) {
                        String page = generator.page(n);
                        body.append("{\"index\":{\"_id\":\"").append(n).append("\"}}\n");
                        ObjectNode doc = JSON.createObjectNode().put("id", Integer.toString(n)).put("title", page.substring(0, page.indexOf('\n')))
                                .put("body", page).put("language", "id").put("ingestedAt", Instant.now().toString());
                        body.append(JSON.writeValueAsString(doc)).append('\n');
                    }
                    HttpResponse<String> r = send("POST", stack.elasticsearch + "/" + index + "/_bulk", body.toString());
                    if (r.statusCode() != 200 || r.body().contains("\"errors\":true")) {
                        throw new IllegalStateException("raw bulk failed: " + r.body().substring(0, Math.min(300, r.body().length())));
                    }
                }
                return null;
            });
            send("POST", stack.elasticsearch + "/" + index + "/_refresh", "");
            return pages / seconds(start, Instant.now());
        } finally {
            send("DELETE", stack.elasticsearch + "/" + index, null);
        }
    }

    /** The same pages COPYed raw into a scratch table (id, page, url); rows/s. */
    private double rawCopy() throws Exception {
        String table = "bench_load_raw_" + System.currentTimeMillis();
        try (Connection c = stack.database()) {
            c.createStatement().execute("CREATE TABLE public." + table + " (id int, page text, url text)");
            try {
                Instant start = Instant.now();
                AtomicInteger next = new AtomicInteger();
                parallel(() -> {
                    try (Connection own = stack.database()) {
                        var copy = own.unwrap(PGConnection.class).getCopyAPI();
                        for (int from; (from = next.getAndAdd(batch)) < pages; ) {
                            StringBuilder rows = new StringBuilder();
                            for (int n = from; n < Math.min(pages, from + batch); n++) {
                                rows.append(n).append('\t').append(copyText(generator.page(n))).append('\t')
                                        .append(copyText(generator.url(n))).append('\n');
                            }
                            copy.copyIn("COPY public." + table + " FROM STDIN", new StringReader(rows.toString()));
                        }
                    }
                    return null;
                });
                return pages / seconds(start, Instant.now());
            } finally {
                c.createStatement().execute("DROP TABLE IF EXISTS public." + table);
            }
        }
    }

    private static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    // ---- ingest -------------------------------------------------------------------------------

    private record Ingested(long accepted, long created, long refused) {
    }

    private Ingested ingest() throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Instant start = Instant.now();
        Thread progress = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                }
                long d = done.get();
                System.out.printf(Locale.ROOT, "  ... %,d of %,d pages answered, %.0f pages/s%n", d, pages, d / seconds(start, Instant.now()));
            }
        });
        progress.setDaemon(true);
        progress.start();
        parallel(() -> {
            for (int from; (from = next.getAndAdd(batch)) < pages; ) {
                StringBuilder body = new StringBuilder();
                int to = Math.min(pages, from + batch);
                for (int n = from; n < to; n++) {
                    body.append(JSON.writeValueAsString(Map.of("text", generator.page(n), "url", generator.url(n)))).append('\n');
                }
                for (JsonNode line : stack.postBatch(body.toString())) {
                    int status = line.path("status").asInt();
                    accepted.addAndGet(status == 200 || status == 201 ? 1 : 0);
                    created.addAndGet(status == 201 ? 1 : 0);
                    refused.addAndGet(status >= 400 ? 1 : 0);
                }
                done.addAndGet(to - from);
            }
            return null;
        });
        progress.interrupt();
        return new Ingested(accepted.get(), created.get(), refused.get());
    }

    private Instant awaitSearchable(long target) throws Exception {
        Instant deadline = Instant.now().plus(SETTLE_LIMIT);
        while (stack.searchable() < target) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not searchable within " + SETTLE_LIMIT);
            }
            Thread.sleep(250);
        }
        return Instant.now();
    }

    private record Timeline(Instant at, long waiting) {
    }

    /**
     * When no dated event of an article ingested since the start waits for the timeline any more, or
     * how many still wait once the wait after the last answer is over.
     */
    private Timeline awaitTimeline(Instant start, Instant answered) throws Exception {
        Instant deadline = answered.plus(timelineWait);
        String unassigned = UNASSIGNED_EVENTS.formatted(start);
        long waiting;
        Instant lastReport = Instant.now();
        while ((waiting = stack.sql(unassigned)) > 0 && Instant.now().isBefore(deadline)) {
            if (Duration.between(lastReport, Instant.now()).toSeconds() >= 30) {
                System.out.printf(Locale.ROOT, "  ... %,d dated events wait for the timeline%n", waiting);
                lastReport = Instant.now();
            }
            Thread.sleep(500);
        }
        return new Timeline(Instant.now(), waiting);
    }

    // ---- CPU ----------------------------------------------------------------------------------

    /** CPU seconds so far: ingest's stages from its metrics, the processes from /proc. */
    private Map<String, Double> cpu() throws Exception {
        Map<String, Double> cpu = new LinkedHashMap<>();
        String metrics = stack.get(stack.ingest + "/q/metrics").body();
        for (String stage : List.of("normalise", "store", "outbox")) {
            cpu.put("ingest-service: " + stage, metric(metrics, "linimasa_ingest_cpu_seconds_total{stage=\"" + stage + "\"}"));
        }
        stack.pid("ingest-service").ifPresent(pid -> cpu.put("ingest-service: the whole process", ProcessCost.cpuSeconds(pid)));
        stack.pid("elasticsearch").ifPresent(pid -> cpu.put("Elasticsearch", ProcessCost.cpuSeconds(pid)));
        cpu.put("PostgreSQL (every process of its user)", ProcessCost.cpuSecondsOfUser("postgres"));
        stack.pid("timeline-service").ifPresent(pid -> cpu.put("timeline-service", ProcessCost.cpuSeconds(pid)));
        return cpu;
    }

    private static double metric(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name)) {
                return Double.parseDouble(line.substring(name.length()).strip().split(" ")[0]);
            }
        }
        return 0;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", url.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return stack.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @FunctionalInterface
    private interface Work {
        Void run() throws Exception;
    }

    /** The work on S threads at once; the first failure fails the run. */
    private void parallel(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                running.add(pool.submit(work::run));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(1, Duration.between(from, to).toMillis()) / 1000.0;
    }
}
