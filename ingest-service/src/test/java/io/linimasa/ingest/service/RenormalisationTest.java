package io.linimasa.ingest.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.normalise.Seeds;
import io.linimasa.security.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-normalisation against the real PostgreSQL: stored articles that an older normaliser got wrong
 * (their rows changed behind ingest's back stand for that) are normalised again from their raw
 * content, with the same ids; what changed is rewritten and queued for the index, the events that
 * changed are retired for the timeline; a second run changes nothing.
 */
@QuarkusTest
class RenormalisationTest {

    @BeforeAll
    static void authenticate() {
        TestTokens.sendWithEveryRequest();
    }

    @Inject
    EntityManager em;

    @Inject
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @Inject
    io.linimasa.ingest.index.ArticleIndex index;

    @Test
    void storedArticlesAreNormalisedAgainWithTheSameIds() throws Exception {
        String id = given().contentType("text/plain").body(Seeds.read("001")).post("/api/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        String title = given().get("/api/articles/" + id).then().statusCode(200).extract().path("title");
        List<Long> oldEvents = longs("SELECT id FROM ingest.article_event WHERE article_id = '" + id + "' ORDER BY id");
        assertTrue(!oldEvents.isEmpty(), "the seed tells dated events");
        // What an older normaliser would have stored (and indexed): another title, no entities, another sentence.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE ingest.article SET title = 'an older title' WHERE id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM ingest.article_entity WHERE article_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("UPDATE ingest.article_event SET sentence = 'an older sentence' WHERE id = ?1")
                    .setParameter(1, oldEvents.get(0)).executeUpdate();
            em.createNativeQuery("INSERT INTO ingest.index_outbox (article_id, created_at) VALUES (?1, now())").setParameter(1, id)
                    .executeUpdate();
        });
        await("the older title is indexed", () -> "an older title".equals(indexedTitle(id)));

        int run = finishedRun();
        assertEquals(title, given().get("/api/articles/" + id).then().statusCode(200).extract().path("title"));
        assertTrue(count("SELECT count(*) FROM ingest.article_entity WHERE article_id = '" + id + "'") > 0, "entities are back");
        assertEquals(0, count("SELECT count(*) FROM ingest.article_event WHERE sentence = 'an older sentence'"));
        for (long old : oldEvents) {
            assertEquals(1, count("SELECT count(*) FROM ingest.article_event_retired WHERE event_id = " + old), "event " + old + " retired");
        }
        await("the index follows", () -> title.equals(indexedTitle(id)));
        given().get("/api/renormalisations/" + run).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("DONE"))
                .body("failed", org.hamcrest.Matchers.equalTo(0));
        assertTrue(given().get("/api/renormalisations/" + run).then().extract().<Integer>path("changed") >= 1);

        List<Long> events = longs("SELECT id FROM ingest.article_event WHERE article_id = '" + id + "' ORDER BY id");
        int again = finishedRun();
        given().get("/api/renormalisations/" + again).then().body("changed", org.hamcrest.Matchers.equalTo(0));
        assertEquals(events, longs("SELECT id FROM ingest.article_event WHERE article_id = '" + id + "' ORDER BY id"),
                "unchanged events keep their rows");
        given().get("/api/renormalisations").then().statusCode(200).body("runs.id", org.hamcrest.Matchers.hasItems(run, again));
    }

    @Test
    void anArticleThatCannotBeWrittenIsCountedAsFailedAndTheRunGoesOn() throws Exception {
        String stuck = given().contentType("text/plain").body(Seeds.read("002")).post("/api/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        String other = given().contentType("text/plain").body(Seeds.read("004")).post("/api/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        String title = given().get("/api/articles/" + other).then().extract().path("title");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE ingest.article SET title = 'an older title' WHERE id IN (?1, ?2)")
                    .setParameter(1, stuck).setParameter(2, other).executeUpdate();
            // One article whose rewrite the database refuses, as a broken row would be.
            em.createNativeQuery("""
                    CREATE FUNCTION ingest.refuse_update() RETURNS trigger LANGUAGE plpgsql AS
                    $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$""").executeUpdate();
            em.createNativeQuery("CREATE TRIGGER refuse_update BEFORE UPDATE ON ingest.article FOR EACH ROW WHEN (OLD.id = '"
                    + stuck + "') EXECUTE FUNCTION ingest.refuse_update()").executeUpdate();
        });
        try {
            int run = finishedRun();
            given().get("/api/renormalisations/" + run).then().body("failed", org.hamcrest.Matchers.equalTo(1))
                    .body("lastError", org.hamcrest.Matchers.containsString(stuck));
            assertEquals(title, given().get("/api/articles/" + other).then().extract().path("title"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("DROP TRIGGER refuse_update ON ingest.article").executeUpdate();
                em.createNativeQuery("DROP FUNCTION ingest.refuse_update()").executeUpdate();
            });
        }
    }

    @Test
    void onlyAnAdminStartsOne() {
        TestTokens.sendNone();
        try {
            given().header("Authorization", "Bearer " + TestTokens.with("ingest")).post("/api/renormalisations")
                    .then().statusCode(403);
            given().header("Authorization", "Bearer not-a-token").post("/api/renormalisations").then().statusCode(401)
                    .contentType("application/problem+json");
        } finally {
            TestTokens.sendWithEveryRequest();
        }
    }

    @SuppressWarnings("rawtypes")
    private String indexedTitle(String id) {
        try {
            var found = client.get(g -> g.index(index.alias()).id(id), java.util.Map.class);
            return found.found() ? (String) found.source().get("title") : null;
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            return null; // no alias yet
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "within 60 s: " + what);
            Thread.sleep(200);
        }
    }

    private int finishedRun() throws InterruptedException {
        int run = given().post("/api/renormalisations").then().statusCode(202).extract().path("id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"DONE".equals(given().get("/api/renormalisations/" + run).then().statusCode(200).extract().path("state"))) {
            assertTrue(Instant.now().isBefore(deadline), "the run finished within 60 s");
            Thread.sleep(200);
        }
        return run;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Long> longs(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) em.createNativeQuery(sql).getResultList()).stream()
                .map(v -> ((Number) v).longValue()).toList());
    }
}
