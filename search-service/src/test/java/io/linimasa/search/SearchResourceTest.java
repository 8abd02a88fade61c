package io.linimasa.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.linimasa.search.config.SearchConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search against the real Elasticsearch: an index built from ingest-service's own mapping file
 * (the one place the mapping lives), behind the alias test-search-articles.
 */
@QuarkusTest
class SearchResourceTest {

    private static final Path MAPPING = Path.of("..", "ingest-service", "src", "main", "resources", "elasticsearch", "articles-index.json");

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchConfig config;

    private static boolean indexed;

    @BeforeEach
    void index() throws Exception {
        if (indexed) {
            return;
        }
        String alias = config.index().alias();
        String index = alias + "-v1";
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().delete(d -> d.index(index));
        }
        try (InputStream mapping = Files.newInputStream(MAPPING)) {
            client.indices().create(c -> c.index(index).withJson(mapping).aliases(alias, a -> a.isWriteIndex(true)));
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias).refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        for (Map<String, Object> doc : documents()) {
            bulk.operations(op -> op.index(i -> i.id((String) doc.get("id")).document(doc)));
        }
        assertEquals(false, client.bulk(bulk.build()).errors());
        indexed = true;
    }

    private static List<Map<String, Object>> documents() {
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(doc("a1", "Perang Mendekati Wilayah Armenia, Yerevan Minta Bantuan Rusia",
                "Perdana Menteri Armenia Nikol Pashinyan secara resmi telah meminta bantuan Presiden Rusia Vladimir Putin di tengah konfliknya dengan Azerbaijan. Pertempuran berlanjut di Nagorno-Karabakh.",
                "2020-10-31T17:17:00+07:00", "Kompas.com", "id", List.of("Armenia", "Russia", "Vladimir Putin")));
        docs.add(doc("a2", "Rusia Janji Lindungi Armenia jika Konflik Menyebar Luas",
                "Kementerian Luar Negeri Federasi Rusia menyatakan bahwa Rusia berjanji memberikan bantuan. Kedua pihak terus bertempur di kota-kota.",
                null, "IDN Times", "id", List.of("Armenia", "Russia")));
        docs.add(doc("a3", "Kalah Lawan Azerbaijan, Sekutu Rusia Ancam Membelot ke Prancis",
                "Presiden Rusia Vladimir Putin mengungkapkan Moskow telah mengusulkan kompromi kepada Armenia. Tanda <script>alert(1)</script> bukan markup.",
                "2023-10-07T08:48:00+07:00", null, "id", List.of("Armenia", "France", "Vladimir Putin")));
        docs.add(doc("a4", "Armenia asks Russia for help as fighting nears its border",
                "Prime Minister Nikol Pashinyan asked President Vladimir Putin for urgent consultations. The fighting continued on Saturday.",
                "2020-10-31T22:00:00+04:00", "Example News", "en", List.of("Armenia", "Russia", "Vladimir Putin")));
        return docs;
    }

    private static Map<String, Object> doc(String id, String title, String body, String publishedAt, String outlet,
                                           String language, List<String> entities) {
        Map<String, Object> doc = new java.util.HashMap<>();
        doc.put("id", id);
        doc.put("title", title);
        doc.put("body", body);
        doc.put("publishedAt", publishedAt);
        doc.put("publishedText", publishedAt);
        doc.put("publishedDay", publishedAt == null ? null : publishedAt.substring(0, 10));
        doc.put("month", publishedAt == null ? null : publishedAt.substring(0, 7));
        doc.put("outlet", outlet);
        doc.put("language", language);
        doc.put("entities", entities);
        doc.put("authors", List.of());
        doc.put("editors", List.of());
        doc.put("ingestedAt", "2026-01-01T00:00:00Z");
        return doc;
    }

    @Test
    void wordsFindArticlesWithHighlights() {
        given().queryParam("q", "Putin").when().get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("hits.id", containsInAnyOrder("a1", "a3", "a4"))
                .body("hits[0].highlights[0]", org.hamcrest.Matchers.containsString("<em>Putin</em>"))
                .body("hits[0].score", notNullValue());
    }

    @Test
    void indonesianStemmingMatchesOtherForms() {
        given().queryParam("q", "pertempuran").when().get("/api/search")
                .then().statusCode(200).body("hits.id", hasItem("a2"));
    }

    @Test
    void highlightsAreEscapedExceptTheMarks() {
        given().queryParam("q", "script markup").when().get("/api/search")
                .then().statusCode(200)
                .body("hits[0].id", equalTo("a3"))
                .body("hits[0].highlights[0]", org.hamcrest.Matchers.containsString("&lt;"))
                .body("hits[0].highlights[0]", not(org.hamcrest.Matchers.containsString("<script>")));
    }

    @Test
    void filtersAndFacets() {
        given().queryParam("entity", "Vladimir Putin").queryParam("language", "id").when().get("/api/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder("a1", "a3"));
        given().queryParam("outlet", "Kompas.com").queryParam("outlet", "IDN Times").when().get("/api/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder("a1", "a2"));
        // The local date the page printed: 2020-10-31 at +04:00 is still the 31st there.
        given().queryParam("from", "2020-10-31").queryParam("to", "2020-10-31").when().get("/api/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder("a1", "a4"));
        given().when().get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("facets.month.value", contains("2020-10", "2023-10"))
                .body("facets.month.count", contains(2, 1))
                .body("facets.entity.find { it.value == 'Armenia' }.count", equalTo(4))
                .body("hits[0].id", equalTo("a3"));
    }

    @Test
    void cursorPagesThroughEveryHitOnce() {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            var request = given().queryParam("q", "Armenia").queryParam("size", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.when().get("/api/search").then().statusCode(200).extract();
            List<String> ids = response.path("hits.id");
            ids.forEach(id -> assertEquals(true, seen.add(id), "no hit twice"));
            cursor = response.path("nextCursor");
            if (cursor == null || ids.isEmpty()) {
                break;
            }
        }
        assertEquals(Set.of("a1", "a2", "a3", "a4"), seen);
    }

    @Test
    void queryTextIsNeverSyntax() {
        for (String q : List.of("\"(Putin AND", "body:* OR /regex/", "[1 TO", "\\", "<script>")) {
            given().queryParam("q", q).when().get("/api/search").then().statusCode(200);
        }
        given().queryParam("q", "zzzqqq").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0)).body("hits", empty()).body("nextCursor", nullValue());
    }

    @Test
    void badParametersGetProblems() {
        for (Map<String, String> params : List.of(Map.of("size", "0"), Map.of("size", "1000"), Map.of("size", "ten"),
                Map.of("from", "2020-13-01"), Map.of("to", "31/10/2020"), Map.of("from", "2021-01-01", "to", "2020-01-01"),
                Map.of("cursor", "not-a-cursor"), Map.of("cursor", "W10"), Map.of("q", "x".repeat(2000)))) {
            given().queryParams(params).when().get("/api/search")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", notNullValue());
        }
        given().when().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().post("/api/search").then().statusCode(405).contentType("application/problem+json");
        given().queryParam("size", "100").when().get("/api/search").then().statusCode(200).body("hits", hasSize(4));
        given().queryParam("language", "en").when().get("/api/search").then().statusCode(200).body("hits.language", everyItem(equalTo("en")));
    }
}
