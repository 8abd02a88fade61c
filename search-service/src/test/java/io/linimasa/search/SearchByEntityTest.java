package io.linimasa.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.NormalisedArticle;
import io.linimasa.normalise.enrich.entities.EntitySpellings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A query naming an entity finds the pages that spell it otherwise, and a prefix suggests entity
 * names: the seeds, normalised as ingest does and indexed with their entities' spellings (alias
 * test-search-entities).
 */
@QuarkusTest
@TestProfile(SearchByEntityTest.OwnIndex.class)
class SearchByEntityTest {

    public static class OwnIndex implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linimasa.index.alias", "test-search-entities");
        }
    }

    private static final Path SEEDS = Path.of("..", "seeds");

    @Inject
    ElasticsearchClient client;

    private static boolean indexed;

    @BeforeEach
    void index() throws Exception {
        if (indexed) {
            return;
        }
        ArticleNormaliser normaliser = new ArticleNormaliser();
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                NormalisedArticle a = normaliser.fromText(Files.readString(seed, StandardCharsets.UTF_8), ArticleNormaliser.Hints.NONE);
                List<String> entities = a.entities().stream().map(EntityMention::name).toList();
                Map<String, Object> doc = TestIndex.doc(seed.getFileName().toString().substring(0, 3), a.title(), a.body(),
                        null, a.outlet(), a.language(), entities);
                doc.put("entityNames", EntitySpellings.of(entities));
                docs.add(doc);
            }
        }
        TestIndex.fill(client, "test-search-entities", docs);
        indexed = true;
    }

    @Test
    void russiaFindsThePagesSayingRusia() {
        found("Russia", "000", "001", "002", "003", "004");
    }

    @Test
    void moscowFindsMoskowAndMoskwa() {
        found("Moscow", "000", "002", "004");
    }

    @Test
    void pashinianFindsPashinyan() {
        found("Pashinian", "000", "002", "003", "004");
    }

    @Test
    void franceFindsPrancis() {
        found("France", "004");
    }

    @Test
    void europeanUnionFindsUniEropa() {
        found("European Union", "001", "004");
    }

    @Test
    void aPrefixSuggestsCanonicalNamesWithCounts() {
        given().queryParam("prefix", "pash").when().get("/api/entities/suggest")
                .then().statusCode(200)
                .body("prefix", equalTo("pash"))
                .body("entities.value", hasItem("Nikol Pashinyan"))
                .body("entities.find { it.value == 'Nikol Pashinyan' }.count", greaterThanOrEqualTo(3));
        // a later word of the name, in any case
        given().queryParam("prefix", "PUT").when().get("/api/entities/suggest")
                .then().statusCode(200).body("entities.value", hasItem("Vladimir Putin"));
    }

    @Test
    void aSuggestionNeedsAPrefix() {
        given().when().get("/api/entities/suggest").then().statusCode(400);
    }

    private static void found(String query, String... ids) {
        given().queryParam("q", query).queryParam("size", 20).when().get("/api/search")
                .then().statusCode(200).body("hits.id", hasItems(ids));
    }
}
