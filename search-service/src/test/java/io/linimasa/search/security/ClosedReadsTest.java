package io.linimasa.search.security;

import static io.restassured.RestAssured.given;

import io.linimasa.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A deployment that closes reads: search needs the role reader; a bad token is 401, never 500. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ReadsForReaders.class)
class ClosedReadsTest {

    public static class ReadsForReaders implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linimasa.security.reads", "reader");
        }
    }

    @BeforeAll
    static void noDefaultToken() {
        TestTokens.sendNone();
    }

    @Test
    void searchNeedsTheReaderRole() {
        given().get("/api/search?q=Putin").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", TestTokens.bearer("ingest", "admin")).get("/api/search?q=Putin")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("reader")).get("/api/search?q=Putin").then().statusCode(200);
        for (String bad : List.of(TestTokens.expired("reader"), TestTokens.signedByAStranger("reader"),
                TestTokens.unsigned("reader"), TestTokens.garbage())) {
            given().header("Authorization", "Bearer " + bad).get("/api/search?q=Putin").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }
}
