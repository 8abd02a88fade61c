package io.linimasa.ingest.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.linimasa.normalise.Seeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The outbox and the index builds against the real Elasticsearch (alias test-ingest-articles). */
@QuarkusTest
class IndexingTest {

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    @Inject
    EntityManager em;

    @Test
    @SuppressWarnings("rawtypes")
    void storedArticleReachesTheIndexThroughTheOutbox() throws Exception {
        String id = given().contentType("text/plain").body(Seeds.read("003"))
                .post("/api/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        await("the article reached Elasticsearch", () -> indexed(id));
        Map source = client.get(g -> g.index(index.alias()).id(id), Map.class).source();
        assertEquals("IDN Times", source.get("outlet"));
        assertTrue(((List<?>) source.get("entities")).contains("Russia"));
    }

    @Test
    void rebuildFillsANewIndexFromPostgresAndSwapsTheAlias() throws Exception {
        String id = given().contentType("text/plain").body(Seeds.read("002"))
                .post("/api/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        await("the index was built", () -> aliasAtThisVersion() && indexed(id));
        List<String> before = index.aliasTargets();
        int build = given().post("/api/index/rebuild").then().statusCode(202)
                .body("state", org.hamcrest.Matchers.oneOf("REQUESTED", "BUILDING")).extract().path("id");
        await("the build is done", () -> "DONE".equals(given().get("/api/index/builds/" + build).then().extract().path("state")));
        List<String> after = index.aliasTargets();
        assertEquals(1, after.size());
        assertTrue(!after.equals(before), "the alias moved to a new index");
        assertTrue(indexed(id), "the new index holds the article");
        await("the old index is gone", () -> {
            try {
                return !client.indices().exists(e -> e.index(before.get(0))).value();
            } catch (Exception e) {
                return false;
            }
        });
        given().get("/api/index/builds").then().statusCode(200).body("builds.id", hasItem(build));
    }

    @Test
    void aDocumentElasticsearchRefusesIsSetAsideAndTheOthersGoOn() throws Exception {
        await("the index was built", this::aliasAtThisVersion);
        // A stored article Elasticsearch cannot take (a year it cannot parse), written as a broken row would be.
        String poison = "feedfacefeedfacefeedfacefeedface";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM ingest.article WHERE id = ?1").setParameter(1, poison).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO ingest.article (id, raw_kind, raw_content, content_hash, title, published_at, published_offset,
                        authors, editors, language, body, ingested_at)
                    VALUES (?1, 'text', 'raw', ?1, 'A page from far ahead', CAST('12000-01-01 00:00:00+00' AS timestamptz), '+00:00',
                        '{}', '{}', 'en', 'body', now())""").setParameter(1, poison).executeUpdate();
            em.createNativeQuery("INSERT INTO ingest.index_outbox (article_id, created_at) VALUES (?1, now())")
                    .setParameter(1, poison).executeUpdate();
        });
        String good = given().contentType("text/plain").body(Seeds.read("004"))
                .post("/api/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        await("the good article is indexed", () -> indexed(good));
        await("the poison is set aside", () -> given().get("/api/index/set-aside").then().extract()
                .<List<String>>path("documents.articleId").contains(poison));
        given().get("/api/index/set-aside").then().statusCode(200)
                .body("documents.find { it.articleId == '" + poison + "' }.reason", org.hamcrest.Matchers.containsString("published"));
        given().post("/api/index/set-aside/redrive").then().statusCode(200)
                .body("redriven", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        await("the poison is tried again and set aside again", () -> given().get("/api/index/set-aside").then().extract()
                .<List<Integer>>path("documents.findAll { it.articleId == '" + poison + "' }.attempts").contains(1));
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM ingest.article WHERE id = ?1").setParameter(1, poison).executeUpdate());
    }

    @Test
    void metricsShowTheWayToTheIndex() {
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("linimasa_outbox_depth"))
                .body(org.hamcrest.Matchers.containsString("linimasa_index_set_aside_documents"))
                .body(org.hamcrest.Matchers.containsString("linimasa_index_build_state"));
    }

    @Test
    void indonesianAnalyzerIsRegistered() throws Exception {
        List<String> tokens = client.indices().analyze(a -> a.analyzer("indonesian").text("pertempuran berlanjut"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertEquals(List.of("tempur", "lanjut"), tokens);
    }

    @SuppressWarnings("rawtypes")
    private boolean indexed(String id) {
        try {
            return client.get(g -> g.index(index.alias()).id(id), Map.class).found();
        } catch (ElasticsearchException e) {
            return false; // no alias yet: the first build has not finished
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean aliasAtThisVersion() {
        try {
            return index.aliasAtThisVersion();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 40 s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
