package io.linimasa.ingest.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.linimasa.normalise.Seeds;
import io.linimasa.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With no room left for writes: a single article is told 429 and a batch 503, both with Retry-After. */
@QuarkusTest
@TestProfile(WriteLimitsTest.NoRoom.class)
class WriteLimitsTest {

    public static class NoRoom implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linimasa.ingest.max-concurrent-articles", "0", "linimasa.ingest.max-concurrent-batches", "0");
        }
    }

    @BeforeAll
    static void authenticate() {
        TestTokens.sendWithEveryRequest();
    }

    @Test
    void aFullServiceSaysWhenToComeBack() {
        given().contentType("text/plain").body(Seeds.read("000")).post("/api/articles")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", "1").body("status", equalTo(429));
        given().contentType("application/x-ndjson").body("{\"text\": \"x\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/articles/batch")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1").body("status", equalTo(503));
    }
}
