package io.linimasa.ingest.index;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linimasa.normalise.Seeds;
import io.linimasa.security.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With Elasticsearch unreachable, an article is still accepted and waits in the outbox. */
@QuarkusTest
@TestProfile(ElasticsearchDownTest.NoElasticsearch.class)
class ElasticsearchDownTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        TestTokens.sendWithEveryRequest();
    }

    public static class NoElasticsearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A port nothing listens on: every call to Elasticsearch fails at once.
            return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:9", "linimasa.index.alias", "test-ingest-down");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void acceptedArticleIsKeptForTheIndex() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("TRUNCATE ingest.article CASCADE").executeUpdate());
        String id = given().contentType("text/plain").body(Seeds.read("001"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        Thread.sleep(1500); // the indexer has tried and failed meanwhile
        long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM ingest.index_outbox WHERE article_id = ?1").setParameter(1, id).getSingleResult()).longValue());
        assertEquals(1, waiting);
        given().get("/api/articles/" + id).then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
