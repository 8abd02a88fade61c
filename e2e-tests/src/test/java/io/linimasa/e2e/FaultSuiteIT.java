package io.linimasa.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.security.TestTokens;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults on the real stores, bounded in time: the stack runs on a PostgreSQL cluster and an
 * Elasticsearch node of this test's own, which are really killed and started again. Every test prints
 * one line of figures (FAULT ...): articles accepted, stored, searchable and on the timeline,
 * duplicates, and the seconds it took to recover.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);
    private static Stores stores;
    private static Stack stack;

    @BeforeAll
    static void start() throws Exception {
        stores = Stores.own("fault");
        stack = Stack.start(stores);
        TestTokens.sendWithEveryRequest();
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    @Order(1)
    void elasticsearchKilledDuringABatchLosesNothing() throws Exception {
        ExecutorService sender = Executors.newSingleThreadExecutor();
        Future<List<Integer>> statuses = sender.submit(() -> post("ingest-service", Pages.batch("es-kill", 0, 400)));
        Thread.sleep(1500);
        stores.killElasticsearch();
        List<Integer> answered = statuses.get();
        sender.shutdown();
        Instant restart = Instant.now();
        stores.startElasticsearch();
        long accepted = answered.stream().filter(s -> s == 201 || s == 200).count();
        assertEquals(400, accepted, "every page is accepted while Elasticsearch is away: " + answered);
        double recovered = awaitConsistent(restart);
        report("elasticsearch SIGKILL during a batch, then restart", accepted, recovered);
    }

    @Test
    @Order(2)
    void postgresStoppedDuringABatchStoresEveryAcceptedPageOnce() throws Exception {
        String batch = Pages.batch("pg-stop", 0, 300);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        Future<List<Integer>> statuses = sender.submit(() -> post("ingest-service", batch));
        Thread.sleep(1500);
        stores.killPostgres();
        List<Integer> answered = statuses.get();
        sender.shutdown();
        Instant restart = Instant.now();
        stores.startPostgres();
        long refused = answered.stream().filter(s -> s == 503).count();
        assertTrue(answered.stream().allMatch(s -> s == 201 || s == 200 || s == 503), "each line is stored or told to come back: " + answered);
        // What was told to come back is sent again, as a client would.
        awaitTrue("ingest is ready again", () -> ready("ingest-service"));
        List<Integer> again = post("ingest-service", batch);
        assertTrue(again.stream().allMatch(s -> s == 201 || s == 200), "once PostgreSQL is back every line is stored: " + again);
        long accepted = again.stream().filter(s -> s == 201 || s == 200).count();
        double recovered = awaitConsistent(restart);
        System.out.printf(Locale.ROOT, "FAULT   (%d of %d lines were answered 503 while PostgreSQL was away, and sent again)%n",
                refused, answered.size());
        report("postgresql stopped during a batch, then restart", accepted, recovered);
    }

    @Test
    @Order(3)
    void poisonInputsAndLeapDaysStopNothing() throws Exception {
        String poison = "feedfacefeedfacefeedfacefeedface";
        try (Connection c = stores.connect()) {
            // A stored article Elasticsearch cannot take (a year it cannot parse), as a broken row would be.
            c.createStatement().execute("""
                    INSERT INTO ingest.article (id, raw_kind, raw_content, content_hash, title, published_at, published_offset,
                        authors, editors, language, body, ingested_at)
                    VALUES ('%s', 'text', 'raw', '%s', 'A page from far ahead', '12000-01-01 00:00:00+00', '+00:00',
                        '{}', '{}', 'en', 'body', now())""".formatted(poison, poison));
            c.createStatement().execute("INSERT INTO ingest.index_outbox (article_id, created_at) VALUES ('" + poison + "', now())");
        }
        String leap = Pages.page("leap", 0).replace("pada Senin (6/11/2023)", "pada Februari 2024 dan Kamis (29/2/2024)")
                .replace("Kompas.com - 01/11/2023", "Kompas.com - 01/03/2024");
        String batch = Pages.line(Pages.page("poison", 1)) + "\n"
                + "{\"text\": " + quoted(Pages.page("poison", 2)) + ", \"sourceName\": " + quoted("s".repeat(40_000)) + "}\n"
                + "{\"text\": " + quoted(Pages.page("poison", 3)) + ", \"sourceName\": \"Kompas\\u0000com\"}\n"
                + Pages.line(leap) + "\n"
                + Pages.line(Pages.page("poison", 4)) + "\n";
        Instant start = Instant.now();
        List<Integer> answered = post("ingest-service", batch);
        assertEquals(List.of(201, 400, 400, 201, 201), answered);
        double recovered = awaitConsistent(start);
        awaitTrue("the leap-year February is on the timeline", () -> given().baseUri(stack.url("timeline-service"))
                .queryParam("from", "2024-02-01").queryParam("to", "2024-02-29").get("/api/timeline").then().statusCode(200)
                .extract().jsonPath().getList("entries.date").contains("2024-02-29"));
        JsonPath setAside = given().baseUri(stack.url("ingest-service")).get("/api/index/set-aside").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(setAside.getList("documents.articleId").contains(poison), "the poison is set aside, visibly");
        report("poison inputs (40,000-character and NUL hints, an unindexable row) and leap days", 3, recovered);
    }

    @Test
    @Order(4)
    void theSamePageSentByEightAtOnceIsOneRowAndOneDocument() throws Exception {
        String page = Pages.page("eight", 0);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(senders.submit(() -> {
                go.await();
                return given().baseUri(stack.url("ingest-service")).contentType("text/plain").body(page).post("/api/articles");
            }));
        }
        Instant start = Instant.now();
        go.countDown();
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (var answer : answers) {
            var response = answer.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, "status " + response.statusCode());
            created += response.statusCode() == 201 ? 1 : 0;
            ids.add(response.path("id"));
        }
        senders.shutdown();
        assertEquals(1, created);
        assertEquals(1, ids.size());
        assertEquals(1, sql("SELECT count(*) FROM ingest.article WHERE title LIKE '%Laporan eight Nomor 0'"));
        double recovered = awaitConsistent(start);
        report("8 threads posting the same page at once", 1, recovered);
    }

    @Test
    @Order(5)
    void aRebuildDuringIngestOnTwoInstancesMissesNothing() throws Exception {
        stack.add("ingest-service-2", "ingest-service", Map.of());
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<Long>> sent = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            String instance = s == 0 ? "ingest-service" : "ingest-service-2";
            int first = s * 300;
            sent.add(senders.submit(() -> {
                long accepted = 0;
                for (int from = first; from < first + 300; from += 25) {
                    accepted += post(instance, Pages.batch("rebuild", from, from + 25)).stream().filter(x -> x == 201).count();
                }
                return accepted;
            }));
        }
        Thread.sleep(1000);
        Instant start = Instant.now();
        int build = given().baseUri(stack.url("ingest-service")).post("/api/index/rebuild").then().statusCode(202).extract().path("id");
        awaitTrue("the build is done", () -> "DONE".equals(given().baseUri(stack.url("ingest-service-2"))
                .get("/api/index/builds/" + build).then().extract().path("state")));
        long accepted = 0;
        for (Future<Long> f : sent) {
            accepted += f.get();
        }
        senders.shutdown();
        assertEquals(600, accepted);
        double recovered = awaitConsistent(start);
        stack.stop("ingest-service-2");
        report("an index rebuild during ingest on two ingest instances", accepted, recovered);
    }

    @Test
    @Order(6)
    void twoTimelineVersionsSideBySideHandOverWithoutEmptyingIt() throws Exception {
        int current = sqlInt("SELECT active_version FROM timeline.merge_state");
        long before = sql("SELECT count(*) FROM timeline.timeline_entry WHERE rules_version = " + current);
        assertTrue(before > 0, "the timeline has entries to hand over");
        Instant start = Instant.now();
        stack.add("timeline-service-next", "timeline-service", Map.of("linimasa.timeline.rules-version", Integer.toString(current + 1)));
        long fewest = Long.MAX_VALUE;
        Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
        while (sqlInt("SELECT active_version FROM timeline.merge_state") != current + 1) {
            assertTrue(Instant.now().isBefore(deadline), "the newer version took over within " + RECOVERY_LIMIT.toSeconds() + " s");
            for (String instance : List.of("timeline-service", "timeline-service-next")) {
                int shown = given().baseUri(stack.url(instance)).queryParam("limit", 1000).get("/api/timeline").then()
                        .statusCode(200).extract().jsonPath().getList("entries").size();
                fewest = Math.min(fewest, shown);
            }
            Thread.sleep(100);
        }
        double tookOver = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        awaitTrue("the older version's entries are gone", () -> sql("SELECT count(*) FROM timeline.timeline_entry WHERE rules_version < "
                + (current + 1)) == 0);
        long after = sql("SELECT count(*) FROM timeline.timeline_entry WHERE rules_version = " + (current + 1));
        Thread.sleep(3000); // the older replica runs on beside it: it must not touch the newer entries
        assertEquals(after, sql("SELECT count(*) FROM timeline.timeline_entry WHERE rules_version = " + (current + 1)));
        assertTrue(fewest > 0, "readers never saw an empty timeline");
        System.out.printf(Locale.ROOT, "FAULT two timeline rules versions side by side: entries v%d=%d, v%d=%d, fewest shown during the handover=%d, "
                + "took over in %.1f s%n", current, before, current + 1, after, fewest, tookOver);
        stack.stop("timeline-service-next");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Posts an NDJSON batch; the status of each line (a whole-request failure counts as 503 for every line). */
    private static List<Integer> post(String instance, String batch) {
        var response = given().baseUri(stack.url(instance)).contentType("application/x-ndjson")
                .body(batch.getBytes(StandardCharsets.UTF_8)).post("/api/articles/batch");
        if (response.statusCode() != 200) {
            int lines = batch.split("\n").length;
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                all.add(response.statusCode());
            }
            return all;
        }
        return response.jsonPath().getList("results.status");
    }

    /**
     * Waits until every stored article (but those set aside) is searchable and every dated event is
     * on the timeline; returns the seconds since {@code since}.
     */
    private static double awaitConsistent(Instant since) throws Exception {
        awaitTrue("every stored article is searchable and every dated event on the timeline",
                () -> searchable() == stored() - setAside() && unassignedEvents() == 0);
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void report(String fault, long accepted, double recovered) throws Exception {
        long stored = stored();
        long searchable = searchable();
        long onTimeline = sql("""
                SELECT count(DISTINCT s.article_id) FROM timeline.timeline_source s
                WHERE s.rules_version = (SELECT active_version FROM timeline.merge_state)""");
        long withEvents = sql("SELECT count(DISTINCT article_id) FROM ingest.article_event WHERE date_start IS NOT NULL");
        long duplicates = sql("SELECT count(*) - count(DISTINCT content_hash) FROM ingest.article") + Math.max(0, searchable - stored);
        System.out.printf(Locale.ROOT, "FAULT %s: accepted=%d stored=%d searchable=%d on-timeline=%d/%d duplicates=%d recovered-in=%.1fs%n",
                fault, accepted, stored, searchable, onTimeline, withEvents, duplicates, recovered);
        assertEquals(0, duplicates, "no duplicates");
    }

    private static long stored() {
        return sql("SELECT count(*) FROM ingest.article");
    }

    private static long setAside() {
        return sql("SELECT count(DISTINCT article_id) FROM ingest.index_outbox WHERE set_aside_at IS NOT NULL");
    }

    private static long unassignedEvents() {
        return sql("""
                SELECT count(*) FROM ingest.article_event e WHERE e.date_start IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM timeline.timeline_source s WHERE s.event_id = e.id
                                  AND s.rules_version = (SELECT active_version FROM timeline.merge_state))
                  AND NOT EXISTS (SELECT 1 FROM timeline.event_set_aside x WHERE x.event_id = e.id)""");
    }

    /** Documents behind the alias, counted by Elasticsearch itself (after a refresh). */
    private static long searchable() {
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + stores.elasticsearchPort + "/" + Stack.ALIAS;
            http.send(HttpRequest.newBuilder(URI.create(base + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(base + "/_count")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return count.statusCode() == 200 ? new JsonPath(count.body()).getLong("count") : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static boolean ready(String instance) {
        try {
            return given().baseUri(stack.url(instance)).get("/q/health/ready").statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long sql(String query) {
        try (Connection c = stores.connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static int sqlInt(String query) {
        return (int) sql(query);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + RECOVERY_LIMIT.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static String quoted(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
