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
import io.linimasa.search.config.SearchConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search against the real Elasticsearch: a {@link TestIndex} behind the alias test-search-articles. */
@QuarkusTest
class SearchResourceTest {

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchConfig config;

    private static boolean indexed;

    @BeforeEach
    void index() throws Exception {
        if (!indexed) {
            TestIndex.fill(client, config.index().alias(), documents());
            indexed = true;
        }
    }

    private static List<Map<String, Object>> documents() {
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(TestIndex.doc("a1", "Perang Mendekati Wilayah Armenia, Yerevan Minta Bantuan Rusia",
                "Perdana Menteri Armenia Nikol Pashinyan secara resmi telah meminta bantuan Presiden Rusia Vladimir Putin di tengah konfliknya dengan Azerbaijan. Pertempuran berlanjut di Nagorno-Karabakh.",
                "2020-10-31T17:17:00+07:00", "Kompas.com", "id", List.of("Armenia", "Russia", "Vladimir Putin")));
        docs.add(TestIndex.doc("a2", "Rusia Janji Lindungi Armenia jika Konflik Menyebar Luas",
                "Kementerian Luar Negeri Federasi Rusia menyatakan bahwa Rusia berjanji memberikan bantuan. Kedua pihak terus bertempur di kota-kota.",
                null, "IDN Times", "id", List.of("Armenia", "Russia")));
        docs.add(TestIndex.doc("a3", "Kalah Lawan Azerbaijan, Sekutu Rusia Ancam Membelot ke Prancis",
                "Presiden Rusia Vladimir Putin mengungkapkan Moskow telah mengusulkan kompromi kepada Armenia. Tanda <script>alert(1)</script> bukan markup.",
                "2023-10-07T08:48:00+07:00", null, "id", List.of("Armenia", "France", "Vladimir Putin")));
        docs.add(TestIndex.doc("a4", "Armenia asks Russia for help as fighting nears its border",
                "Prime Minister Nikol Pashinyan asked President Vladimir Putin for urgent consultations. The fighting continued on Saturday.",
                "2020-10-31T22:00:00+04:00", "Example News", "en", List.of("Armenia", "Russia", "Vladimir Putin")));
        return docs;
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
    void wordsSpreadOverTitleAndBodyFindTheArticleFirst() {
        // "Yerevan" is only in a1's title, "Putin" only in its body
        given().queryParam("q", "Yerevan Putin").when().get("/api/search")
                .then().statusCode(200).body("hits[0].id", equalTo("a1"));
        given().queryParam("q", "Yerevan Pashinyan Putin").when().get("/api/search")
                .then().statusCode(200).body("hits[0].id", equalTo("a1")).body("hits.id", hasItem("a4"));
    }

    @Test
    void aMistypedNameIsFoundButAShortWordIsNotGuessed() {
        given().queryParam("q", "Pashinyn").when().get("/api/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder("a1", "a4"))
                .body("hits[0].highlights[0]", org.hamcrest.Matchers.containsString("<em>Pashinyan</em>"));
        given().queryParam("q", "Vladimir Putn").when().get("/api/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder("a1", "a3", "a4"));
        given().queryParam("q", "Putn").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void quotedPhrasesArePhrases() {
        given().queryParam("q", "\"Vladimir Putin\"").when().get("/api/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder("a1", "a3", "a4"));
        given().queryParam("q", "\"Putin Vladimir\"").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "Armenia \u201Cbantuan Presiden Rusia\u201D").when().get("/api/search")
                .then().statusCode(200).body("hits.id", contains("a1"));
        // as written: the phrase is not matched on stems
        given().queryParam("q", "\"kedua pihak terus pertempuran\"").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aMinusSignLeavesOutTheWordInEveryForm() {
        given().queryParam("q", "Armenia -Putin").when().get("/api/search")
                .then().statusCode(200).body("hits.id", contains("a2"));
        // a2 says "bertempur", a1 "Pertempuran": one Indonesian stem
        given().queryParam("q", "Armenia -pertempuran").when().get("/api/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder("a3", "a4"));
        given().queryParam("q", "Armenia -\"Vladimir Putin\"").when().get("/api/search")
                .then().statusCode(200).body("hits.id", contains("a2"));
        given().queryParam("q", "-Putin").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits.id", contains("a2"));
        given().queryParam("q", "Putin -putin").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void sortedByDateNewestFirstWithoutDateLast() {
        given().queryParam("q", "Armenia").queryParam("sort", "date").when().get("/api/search")
                .then().statusCode(200)
                .body("hits.id", contains("a3", "a4", "a1", "a2"))
                .body("hits[0].score", nullValue())
                .body("hits[0].highlights", not(empty()));
        given().queryParam("sort", "relevance").when().get("/api/search")
                .then().statusCode(200).body("hits.id", contains("a3", "a4", "a1", "a2")).body("hits[0].score", nullValue());
    }

    @Test
    void theCursorPagesThroughTheDateOrderAndFitsOnlyItsOwnOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            var request = given().queryParam("q", "Armenia").queryParam("sort", "date").queryParam("size", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.when().get("/api/search").then().statusCode(200).extract();
            seen.addAll(response.path("hits.id"));
            cursor = response.path("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertEquals(List.of("a3", "a4", "a1", "a2"), seen);

        String relevanceCursor = given().queryParam("q", "Armenia").queryParam("size", 1).when().get("/api/search")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("q", "Armenia").queryParam("sort", "date").queryParam("cursor", relevanceCursor)
                .when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json").body("detail", equalTo("the cursor does not fit this query"));
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
        List<String> hostile = new ArrayList<>(List.of("\"(Putin AND", "body:* OR /regex/", "[1 TO", "\\", "<script>",
                "\"Putin", "Putin\"", "\"", "-", "- -", "--", "-\"", "\"-\"", "\"\"", "Put\u0000in\u0007 \u001B[2J",
                "\u202EPutin\u200B", "Putin~2^5", "*", "?", "a".repeat(1000), "-".repeat(1000), "\"".repeat(1000),
                "ab \"cd -".repeat(125), "Pashinyan".repeat(111)));
        java.util.Random random = new java.util.Random(15);
        String alphabet = "aPu -\"\u201C*~^:()[]{}\\/!<>&|\u0000\t";
        for (int round = 0; round < 5; round++) {
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            hostile.add(q.toString());
        }
        for (String q : hostile) {
            given().queryParam("q", q).when().get("/api/search").then().statusCode(200);
        }
        given().queryParam("q", "\"Putin").when().get("/api/search").then().statusCode(200).body("total", equalTo(3));
        given().queryParam("q", "zzzqqq").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0)).body("hits", empty()).body("nextCursor", nullValue());
    }

    @Test
    void badParametersGetProblems() {
        for (Map<String, String> params : List.of(Map.of("size", "0"), Map.of("size", "1000"), Map.of("size", "ten"),
                Map.of("from", "2020-13-01"), Map.of("to", "31/10/2020"), Map.of("from", "2021-01-01", "to", "2020-01-01"),
                Map.of("cursor", "not-a-cursor"), Map.of("cursor", "W10"), Map.of("q", "x".repeat(2000)),
                Map.of("sort", "newest"), Map.of("sort", "DATE"), Map.of("sort", "date,relevance"))) {
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
