package io.linimasa.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.linimasa.timeline.service.ClusterWorker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline against the real PostgreSQL (database linimasa_test_timeline). */
@QuarkusTest
@QuarkusTestResource(IngestSchemaResource.class)
class TimelineResourceTest {

    @Inject
    EntityManager em;

    @Inject
    ClusterWorker worker;

    @BeforeEach
    void storeArticles() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoreFixtures store = new StoreFixtures(em);
            store.clear();
            store.article("k1", "Yerevan Minta Bantuan Rusia", "Kompas.com", "2020-10-31 17:17:00+07", "+07:00");
            store.article("i1", "Rusia Janji Lindungi Armenia", "IDN Times", null, null);
            store.article("s1", "Sekutu Rusia Ancam Membelot ke Prancis", null, "2023-10-07 08:48:00+07", "+07:00");
            store.event("k1", 0, "2020-10-31", "DAY", "2020-10-31", "2020-10-31",
                    "Pengumuman itu disampaikan oleh Kementerian Luar Negeri Armenia, Sabtu (31/10/2020), sebagaimana dilansir dari Al Arabiya.",
                    "Armenia", "Russia");
            store.event("i1", 0, "2020-10-31", "DAY", "2020-10-31", "2020-10-31",
                    "Kementerian Luar Negeri Federasi Rusia pada hari Sabtu (31/10), menyatakan bahwa Rusia berjanji memberikan bantuan kepada Armenia.",
                    "Russia", "Armenia");
            store.event("i1", 1, "2020-10-31", "DAY", "2020-10-31", "2020-10-31",
                    "Aksi penyerangan ke kota padat penduduk kembali dilakukan kedua belah pihak pada hari Sabtu (31/10).");
            store.event("k1", 1, "2020-10-30", "DAY", "2020-10-30", "2020-10-30",
                    "Armenia dan Azerbaijan gagal menyetujui gencatan senjata di Jenewa, Swiss, pada Jumat (30/10/2020).",
                    "Armenia", "Azerbaijan", "Geneva");
            store.event("s1", 0, "1990s", "DECADE", "1990-01-01", "1999-12-31",
                    "Nagorno-Karabakh memisahkan diri dari Azerbaijan pada awal tahun 1990-an.", "Nagorno-Karabakh", "Azerbaijan");
            store.event("s1", 1, null, null, null, null, "Dia datang pada hari Kamis.");
        });
        StoreFixtures.assignAll(worker, em);
    }

    @Test
    void entriesInDateOrderWithMergedSources() {
        given().when().get("/api/timeline")
                .then().statusCode(200)
                .body("entries.date", contains("1990s", "2020-10-30", "2020-10-31", "2020-10-31"))
                .body("entries.granularity", contains("DECADE", "DAY", "DAY", "DAY"))
                .body("entries[2].sources.articleId", containsInAnyOrder("k1", "i1"))
                .body("entries[2].entities", containsInAnyOrder("Armenia", "Russia"))
                .body("entries[2].sources[0].title", equalTo("Yerevan Minta Bantuan Rusia"))
                .body("entries[2].sources[0].publishedAt", equalTo("2020-10-31T17:17:00+07:00"))
                .body("entries[2].sources[0].url", equalTo("https://example.org/k1"))
                .body("entries[3].sources.articleId", contains("i1"))
                .body("entries[2].summary", not(org.hamcrest.Matchers.containsString("dilansir")));
    }

    @Test
    void aCoarserReportIsACoarserMentionNeverASourceForTheFinerDate() {
        storeTwoReportsOf1991();
        // "awal tahun 1990-an" (s1) and "Sejak 1991" (r2, r1) tell one event: the entry is 1991, and s1 is cited
        // with its own date, as a coarser mention, after the sources that give 1991
        given().queryParam("to", "1999-12-31").when().get("/api/timeline")
                .then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].date", equalTo("1991"))
                .body("entries[0].granularity", equalTo("YEAR"))
                .body("entries[0].sources.articleId", contains("r2", "r1", "s1"))
                .body("entries[0].sources.mention", contains("EXACT", "EXACT", "COARSER"))
                .body("entries[0].sources.date", contains("1991", "1991", "1990s"))
                .body("entries[0].sources.granularity", contains("YEAR", "YEAR", "DECADE"))
                .body("entries[0].summary", equalTo("Sejak 1991, Nagorno-Karabakh memisahkan diri dari Azerbaijan."))
                .body("entries[0].sourceCount", equalTo(3))
                .body("entries[0].sources[0].summary", equalTo("Sejak 1991, Nagorno-Karabakh memisahkan diri dari Azerbaijan."))
                .body("entries[0].sources[0].language", equalTo("id"))
                .body("entries[0].sources[1].summary", equalTo("Nagorno-Karabakh broke away from Azerbaijan in 1991."))
                .body("entries[0].sources[1].language", equalTo("en"));
    }

    @Test
    void filters() {
        given().queryParam("entity", "Geneva").when().get("/api/timeline")
                .then().statusCode(200).body("entries.date", contains("2020-10-30"));
        given().queryParam("from", "2020-10-31").queryParam("to", "2020-12-31").when().get("/api/timeline")
                .then().statusCode(200).body("entries", hasSize(2));
        given().queryParam("to", "1995-01-01").when().get("/api/timeline")
                .then().statusCode(200).body("entries.date", contains("1990s"));
        given().queryParam("q", "gencatan senjata").when().get("/api/timeline")
                .then().statusCode(200).body("entries.date", contains("2020-10-30"));
        given().queryParam("q", "Jenewa & | !(").when().get("/api/timeline").then().statusCode(200);
        given().queryParam("q", "tidakadasamasekali").when().get("/api/timeline")
                .then().statusCode(200).body("entries", empty());
        given().queryParam("limit", "1").when().get("/api/timeline")
                .then().statusCode(200).body("entries.date", contains("1990s"));
    }

    @Test
    void workerIsIdempotent() {
        StoreFixtures.assignAll(worker, em);
        given().when().get("/api/timeline").then().statusCode(200).body("entries", hasSize(4));
    }

    @Test
    void aPageShowsTheFirstSourcesOfAnEntryAndCountsThemAll() {
        storeTwoReportsOf1991();
        given().queryParam("to", "1999-12-31").queryParam("sources", "2").when().get("/api/timeline")
                .then().statusCode(200)
                .body("entries[0].sources.articleId", contains("r2", "r1"))
                .body("entries[0].sourceCount", equalTo(3));
        // a page of 1,000 entries shows 10 sources of each unless asked; more than 10,000 sources a page is refused
        given().queryParam("limit", "1000").when().get("/api/timeline").then().statusCode(200);
        given().queryParam("limit", "1000").queryParam("sources", "11").when().get("/api/timeline")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** Two reports of 1991 (r2, r1) beside s1's "awal tahun 1990-an", assigned. */
    private void storeTwoReportsOf1991() {
        QuarkusTransaction.requiringNew().run(() -> {
            StoreFixtures store = new StoreFixtures(em);
            store.article("r2", "Karabakh Merdeka", "Kompas.com", "2023-10-02 09:00:00+07", "+07:00");
            store.expressed("r2", 0, "1991", "YEAR", "1991-01-01", "1991-12-31", "Sejak 1991",
                    "Sejak 1991, Nagorno-Karabakh memisahkan diri dari Azerbaijan, kata para analis.", "Nagorno-Karabakh", "Azerbaijan");
            store.article("r1", "en", "Karabakh's long war", "Reuters", "2023-10-01 09:00:00+00", "+00:00", null);
            store.expressed("r1", 0, "1991", "YEAR", "1991-01-01", "1991-12-31", "in 1991",
                    "Nagorno-Karabakh broke away from Azerbaijan in 1991, and a ceasefire ended the first war in 1994.",
                    "Nagorno-Karabakh", "Azerbaijan");
        });
        StoreFixtures.assignAll(worker, em);
    }

    @Test
    void badParametersGetProblems() {
        for (Map<String, String> params : List.of(Map.of("limit", "0"), Map.of("limit", "1001"), Map.of("limit", "x"),
                Map.of("from", "2020-02-30"), Map.of("to", "yesterday"), Map.of("from", "2021-01-01", "to", "2020-01-01"),
                Map.of("q", "y".repeat(1001)), Map.of("sources", "0"), Map.of("sources", "1001"), Map.of("sources", "x"),
                Map.of("q", "gencatan\u0000senjata"), Map.of("entity", "\u0000"))) {
            given().queryParams(params).when().get("/api/timeline")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", notNullValue());
        }
        given().when().get("/api/nothing").then().statusCode(404).contentType("application/problem+json");
    }
}
