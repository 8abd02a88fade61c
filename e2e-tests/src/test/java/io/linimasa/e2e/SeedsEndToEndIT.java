package io.linimasa.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.security.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ingest the seeds, find them by search, see their events in the timeline: across the three services. */
class SeedsEndToEndIT {

    private static Stack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = Stack.start(Stores.shared("linimasa_test_e2e"));
        TestTokens.sendWithEveryRequest();
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    private static JsonPath poll(Supplier<JsonPath> request, Predicate<JsonPath> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonPath last = request.get();
        while (!until.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            last = request.get();
        }
        return last;
    }

    @Test
    void seedsFlowFromIngestToSearchAndTimeline() throws Exception {
        String kompas = given().baseUri(stack.url("ingest-service")).contentType("text/plain; charset=UTF-8").body(Pages.seed("002"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        String idn = given().baseUri(stack.url("ingest-service")).contentType("application/json")
                .body(Map.of("text", Pages.seed("003"), "url", "https://example.org/idn"))
                .post("/api/articles").then().statusCode(201).extract().path("id");

        JsonPath search = poll(() -> given().baseUri(stack.url("search-service")).queryParam("q", "Pashinyan Putin")
                .get("/api/search").then().statusCode(200).extract().jsonPath(),
                r -> r.getList("hits.id").containsAll(List.of(kompas, idn)));
        assertTrue(search.getList("hits.id").containsAll(List.of(kompas, idn)), "search finds both articles");
        assertTrue(search.getList("hits[0].highlights").toString().contains("<em>"), "with highlights");

        given().baseUri(stack.url("search-service")).queryParam("outlet", "Kompas.com")
                .get("/api/search").then().statusCode(200).body("hits.id", equalTo(List.of(kompas)));

        // Both report Friday's failed ceasefire talks in Geneva: one entry citing both.
        JsonPath timeline = poll(() -> given().baseUri(stack.url("timeline-service")).queryParam("from", "2020-10-30")
                .queryParam("to", "2020-10-30").get("/api/timeline").then().statusCode(200).extract().jsonPath(),
                r -> r.getList("entries.sources.articleId.flatten()").containsAll(List.of(kompas, idn)));
        List<List<String>> sources = timeline.getList("entries.sources.articleId");
        assertTrue(sources.stream().anyMatch(s -> s.containsAll(List.of(kompas, idn))),
                "one entry for 30 October cites both articles: " + sources);

        given().baseUri(stack.url("timeline-service")).queryParam("entity", "Armenia")
                .get("/api/timeline").then().statusCode(200)
                .body("entries.entities", everyItem(hasItem("Armenia")));
    }

    @Test
    void sameInputTwiceIsOneArticle() throws Exception {
        String text = Pages.seed("000");
        String first = given().baseUri(stack.url("ingest-service")).contentType("text/plain; charset=UTF-8").body(text)
                .post("/api/articles").then().statusCode(201).extract().path("id");
        String again = given().baseUri(stack.url("ingest-service")).contentType("text/plain; charset=UTF-8").body(text)
                .post("/api/articles").then().statusCode(200).extract().path("id");
        assertEquals(first, again);
        JsonPath search = poll(() -> given().baseUri(stack.url("search-service")).queryParam("q", "Shoigu")
                .get("/api/search").then().statusCode(200).extract().jsonPath(), r -> r.getInt("total") >= 1);
        assertEquals(1, search.getInt("total"), "one document, not two");
    }
}
