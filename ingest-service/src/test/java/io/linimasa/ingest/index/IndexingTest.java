package io.linimasa.ingest.index;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.linimasa.normalise.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox reaches the real Elasticsearch (alias test-ingest-articles). */
@QuarkusTest
class IndexingTest {

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    @Test
    @SuppressWarnings("rawtypes")
    void storedArticleReachesTheIndexThroughTheOutbox() throws Exception {
        String id = given().contentType("text/plain").body(Seeds.read("003"))
                .post("/api/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        GetResponse<Map> doc = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            doc = client.get(g -> g.index(index.alias()).id(id), Map.class);
            if (doc.found()) {
                break;
            }
            Thread.sleep(200);
        }
        assertTrue(doc != null && doc.found(), "the article reached Elasticsearch");
        assertEquals("IDN Times", doc.source().get("outlet"));
        assertTrue(((List<?>) doc.source().get("entities")).contains("Russia"));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void rebuildFillsANewIndexFromPostgresAndSwapsTheAlias() throws Exception {
        String id = given().contentType("text/plain").body(Seeds.read("002"))
                .post("/api/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!index.ready() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        List<String> before = index.aliasTargets();
        given().post("/api/index/rebuild").then().statusCode(202);
        List<String> after = before;
        while (after.equals(before) && Instant.now().isBefore(deadline.plusSeconds(20))) {
            Thread.sleep(200);
            after = index.aliasTargets();
        }
        assertEquals(1, before.size(), "the index was built before the rebuild");
        assertEquals(1, after.size());
        assertTrue(!after.equals(before), "the alias moved to a new index");
        assertTrue(client.get(g -> g.index(index.alias()).id(id), Map.class).found(), "the new index holds the article");
        // The old index is deleted right after the swap, by the rebuilder's thread.
        String old = before.get(0);
        boolean gone = false;
        while (!gone && Instant.now().isBefore(deadline.plusSeconds(30))) {
            gone = !client.indices().exists(e -> e.index(old)).value();
            Thread.sleep(100);
        }
        assertTrue(gone, "the old index is gone");
    }

    @Test
    void indonesianAnalyzerIsRegistered() throws Exception {
        List<String> tokens = client.indices().analyze(a -> a.analyzer("indonesian").text("pertempuran berlanjut"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertEquals(List.of("tempur", "lanjut"), tokens);
    }
}
