package io.linimasa.ingest.security;

import static io.restassured.RestAssured.given;

import io.linimasa.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A deployment that closes reads: GET /api/articles/{id} needs the role reader. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ReadsForReaders.class)
class ClosedReadsTest {

    public static class ReadsForReaders implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linimasa.security.reads", "reader");
        }
    }

    private static final String UNKNOWN = "/api/articles/0123456789abcdef0123456789abcdef";

    @BeforeAll
    static void noDefaultToken() {
        TestTokens.sendNone();
    }

    @Test
    void readsNeedTheReaderRole() {
        given().get(UNKNOWN).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("ingest")).get(UNKNOWN).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("reader")).get(UNKNOWN).then().statusCode(404);
    }
}
