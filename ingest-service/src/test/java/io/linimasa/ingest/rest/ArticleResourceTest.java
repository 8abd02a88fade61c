package io.linimasa.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.normalise.Seeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ingest API against the real PostgreSQL (database linimasa_test_ingest). */
@QuarkusTest
class ArticleResourceTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void emptyTables() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("TRUNCATE ingest.article CASCADE").executeUpdate());
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM ingest." + table).getSingleResult()).longValue());
    }

    @Test
    void textArticleIsStoredOnceAndReadBack() {
        String seed = Seeds.read("002");
        String id = given().contentType("text/plain; charset=UTF-8").body(seed)
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Perang Mendekati Wilayah Armenia, Yerevan Minta Bantuan Rusia"))
                .body("publishedAt", equalTo("2020-10-31T17:17:00+07:00"))
                .body("outlet", equalTo("Kompas.com"))
                .body("dateline", equalTo("Yerevan"))
                .body("language", equalTo("id"))
                .body("duplicateOf", nullValue())
                .body("entities.name", hasItem("Russia"))
                .body("events.date", hasItem("2020-10-31"))
                .body("contentHash", notNullValue())
                .extract().path("id");

        given().contentType("text/plain; charset=UTF-8").body(seed)
                .when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id));
        given().contentType(ContentType.JSON).body(Map.of("text", seed, "url", "https://example.org/a"))
                .when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id));
        assertEquals(1, count("article"));
        assertEquals(1, count("index_outbox") + countIndexed(id), "one outbox row or already indexed");

        given().when().get("/api/articles/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("body", startsWith("Perdana Menteri Armenia"));
    }

    /** The indexer may have drained the row already: it then left no outbox row behind. */
    private long countIndexed(String id) {
        return count("index_outbox") == 0 ? 1 : 0;
    }

    @Test
    void jsonArticleKeepsTheClientsHints() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Seeds.read("004"), "sourceName", "SINDOnews", "url", "https://example.org/b",
                        "fetchedAt", "2023-10-07T02:00:00Z"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("sourceName", equalTo("SINDOnews"))
                .body("url", equalTo("https://example.org/b"))
                .body("outlet", equalTo("SINDOnews"));
    }

    @Test
    void sameStoryFromAnotherCrawlIsMarkedDuplicate() {
        String first = given().contentType("text/plain").body(Seeds.read("000"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        String recrawl = Seeds.read("000").replace("Terpopuler", "Terpopuler\n\nBerita Terkini Lainnya");
        given().contentType("text/plain").body(recrawl)
                .post("/api/articles").then().statusCode(201).body("duplicateOf", equalTo(first));
    }

    @Test
    void syndicatedCopyIsMarkedNearDuplicate() {
        String first = given().contentType("text/plain").body(Seeds.read("002"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        String copy = Seeds.read("002")
                .replace("YEREVAN, KOMPAS.com –", "JAKARTA, KOMPAS.TV -")
                .replace("secara resmi telah meminta", "telah meminta")
                .replace("Dia meminta bantuan Moskwa lalu menyerukan hubungan dekat kedua negara dan perjanjian 1997 tentang persahabatan, kerja sama, dan bantuan timbal balik.", "");
        given().contentType("text/plain").body(copy)
                .post("/api/articles").then().statusCode(201).body("duplicateOf", equalTo(first));
        given().contentType("text/plain").body(Seeds.read("003"))
                .post("/api/articles").then().statusCode(201).body("duplicateOf", nullValue());
    }

    @Test
    void batchReportsEachLine() {
        String batch = "{\"text\": " + quote(Seeds.read("000")) + "}\n"
                + "{not json\n"
                + "\n"
                + "{\"text\": \"Tags\\nTerkini\"}\n"
                + "{\"text\": \"a\", \"html\": \"<p>b</p>\"}\n"
                + "{\"text\": " + quote(Seeds.read("001")) + "}\n";
        given().contentType("application/x-ndjson").body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(200)
                .body("results.line", equalTo(java.util.List.of(1, 2, 4, 5, 6)))
                .body("results.status", equalTo(java.util.List.of(201, 400, 422, 400, 201)))
                .body("results[1].error", containsString("malformed JSON"));
        assertEquals(2, count("article"));
    }

    @Test
    void aBadLineGetsItsOwnResultAndTheOthersAreStored() throws Exception {
        java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream();
        for (String line : java.util.List.of(
                "{\"text\": " + quote(Seeds.read("000")) + "}",
                "{\"text\": " + quote(Seeds.read("002")) + ", \"sourceName\": \"Kompas\\u0000com\"}",
                "{\"text\": " + quote(Seeds.read("001")) + ", \"sourceName\": " + quote("s".repeat(40_000)) + "}",
                "{\"text\": " + quote("x".repeat(9 * 1024 * 1024)) + "}")) {
            batch.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        batch.write(new byte[] {'{', (byte) 0xFF, '}', '\n'});
        batch.write(("{\"text\": " + quote(Seeds.read("003")) + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().contentType("application/x-ndjson").body(batch.toByteArray())
                .when().post("/api/articles/batch")
                .then().statusCode(200)
                .body("results.line", equalTo(java.util.List.of(1, 2, 3, 4, 5, 6)))
                .body("results.status", equalTo(java.util.List.of(201, 400, 400, 413, 400, 201)))
                .body("results[1].error", containsString("sourceName"))
                .body("results[2].error", containsString("sourceName"))
                .body("results[4].error", containsString("UTF-8"));
        given().contentType("application/x-ndjson").body(batch.toByteArray())
                .when().post("/api/articles/batch")
                .then().statusCode(200)
                .body("results.status", equalTo(java.util.List.of(200, 400, 400, 413, 400, 200)));
        assertEquals(2, count("article"));
    }

    @Test
    void theSamePageSentEightTimesAtOnceIsStoredOnce() throws Exception {
        String page = Seeds.read("004");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType("text/plain").body(page).post("/api/articles");
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get();
                assertTrue(response.statusCode() == 201 || response.statusCode() == 200, "status " + response.statusCode());
                created += response.statusCode() == 201 ? 1 : 0;
                ids.add(response.path("id"));
            }
            assertEquals(1, created, "one request created it");
            assertEquals(1, ids.size(), "every answer names the same article");
            assertEquals(1, count("article"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputGetsProblemsAndWritesNothing() {
        problem(given().contentType("text/plain").body(""), "/api/articles", 400);
        problem(given().contentType("text/plain").body(new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF}), "/api/articles", 400);
        problem(given().contentType("application/json").body("{\"text\": "), "/api/articles", 400);
        problem(given().contentType("application/json").body("[1, 2]"), "/api/articles", 400);
        problem(given().contentType("application/json").body("{}"), "/api/articles", 400);
        problem(given().contentType("application/json").body("{\"text\": \"a\", \"html\": \"b\"}"), "/api/articles", 400);
        problem(given().contentType("application/json").body("{\"text\": \"x y z\", \"fetchedAt\": \"yesterday\"}"), "/api/articles", 400);
        problem(given().contentType("application/pdf").body("%PDF-1.4".getBytes()), "/api/articles", 415);
        problem(given().contentType("text/plain").body("Judul\n\nTags\nTerkini"), "/api/articles", 422);
        problem(given().contentType("text/plain").body("x".repeat(5 * 1024 * 1024)), "/api/articles", 413);
        problem(given().contentType("application/x-ndjson").body(new byte[0]), "/api/articles/batch", 400);
        // Over the HTTP layer's hard cap: refused from the declared length, before the body is read.
        problem(given().contentType("application/x-ndjson").body(new byte[65 * 1024 * 1024]), "/api/articles/batch", 413);
        assertEquals(0, count("article"));
        assertEquals(0, count("article_event"));
        assertEquals(0, count("index_outbox"));

        given().when().get("/api/articles/0123456789abcdef0123456789abcdef")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/articles/../../etc/passwd")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void problem(io.restassured.specification.RequestSpecification request, String path, int status) {
        request.when().post(path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    private static String quote(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
