package io.linimasa.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Related stories against the real Elasticsearch, on a {@link TestIndex} of its own (alias test-search-related). */
@QuarkusTest
@TestProfile(RelatedResourceTest.OwnIndex.class)
class RelatedResourceTest {

    public static class OwnIndex implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linimasa.index.alias", "test-search-related");
        }
    }

    private static final String STORY = "Perdana Menteri Armenia Nikol Pashinyan meminta bantuan militer Rusia setelah pasukan Azerbaijan "
            + "merebut kota Shusha di Nagorno-Karabakh. Kremlin menyatakan siap berunding dengan Yerevan dan Baku "
            + "tentang gencatan senjata, sementara pengungsi mengalir ke Goris.";

    @Inject
    ElasticsearchClient client;

    private static boolean indexed;

    @BeforeEach
    void index() throws Exception {
        if (indexed) {
            return;
        }
        List<String> karabakh = List.of("Armenia", "Russia", "Nikol Pashinyan", "Shusha");
        TestIndex.fill(client, "test-search-related", List.of(
                TestIndex.doc("r1", "Armenia Minta Bantuan Militer Rusia", STORY, "2020-11-01T10:00:00+07:00", "Kompas.com", "id", karabakh),
                TestIndex.doc("r1-copy", "r1", "Armenia Minta Bantuan Militer Rusia", STORY, "2020-11-01T11:00:00+07:00",
                        "Warta Pontianak", "id", karabakh),
                TestIndex.doc("r2", "Kremlin Siap Berunding soal Shusha", STORY.replace("meminta", "mendesak"),
                        "2020-11-02T09:00:00+07:00", "Kompas.com", "id", karabakh),
                TestIndex.doc("r3", "Pashinyan Minta Rusia Turun Tangan", STORY.replace("pengungsi mengalir ke Goris", "warga bertahan"),
                        "2020-11-02T12:00:00+07:00", "Detik", "id", karabakh),
                TestIndex.doc("r3-copy", "r3", "Pashinyan Minta Rusia Turun Tangan", STORY.replace("pengungsi mengalir ke Goris", "warga bertahan"),
                        "2020-11-02T13:00:00+07:00", "Tribun", "id", karabakh),
                TestIndex.doc("r4", "Armenia asks Moscow for help", "Prime Minister Nikol Pashinyan asked Russia for military help after Shusha fell.",
                        "2020-11-02T08:00:00+04:00", "Example News", "en", karabakh),
                TestIndex.doc("r5", "Banjir Rendam Jakarta", "Hujan deras semalam merendam ratusan rumah di Jakarta Utara.",
                        "2020-11-03T08:00:00+07:00", "Kompas.com", "id", List.of("Jakarta"))));
        indexed = true;
    }

    @Test
    void storiesOfOtherOutletsFirstCopiesFoldedTheArticlesOwnStoryLeftOut() {
        var response = given().when().get("/api/articles/r1/related")
                .then().statusCode(200)
                .body("id", equalTo("r1"))
                .body("related", hasSize(3))
                .body("related[0].score", notNullValue())
                .extract();
        List<String> ids = response.path("related.id");
        List<List<String>> duplicates = response.path("related.duplicates");
        // r3 and its copy are one story, shown once with the other copy as its duplicate
        String r3 = ids.contains("r3") ? "r3" : "r3-copy";
        assertEquals(Set.of("r4", r3), Set.copyOf(ids.subList(0, 2)), "other outlets first: " + ids);
        assertEquals(List.of(r3.equals("r3") ? "r3-copy" : "r3"), duplicates.get(ids.indexOf(r3)));
        assertEquals(List.of(), duplicates.get(ids.indexOf("r4")));
        assertEquals("r2", ids.get(2), "the article's own outlet last: " + ids);
    }

    @Test
    void aCopyLeadsToTheSameRelatedStoriesWithoutItsOriginal() {
        given().when().get("/api/articles/r1-copy/related")
                .then().statusCode(200)
                .body("related.id", containsInAnyOrder("r2", "r3", "r4"));
    }

    @Test
    void sizeLimitsTheStories() {
        given().queryParam("size", 1).when().get("/api/articles/r1/related")
                .then().statusCode(200).body("related", hasSize(1));
        given().when().get("/api/articles/r5/related")
                .then().statusCode(200).body("related", hasSize(0));
    }

    @Test
    void unknownArticlesAndBadSizesGetProblems() {
        for (String id : List.of("nope", "x".repeat(600), "%20")) {
            given().when().get("/api/articles/" + id + "/related")
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
        for (String size : List.of("0", "51", "many")) {
            given().queryParam("size", size).when().get("/api/articles/r1/related")
                    .then().statusCode(400).contentType("application/problem+json").body("detail", notNullValue());
        }
    }
}
