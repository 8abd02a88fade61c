package io.linimasa.timeline.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.linimasa.security.TestTokens;
import io.linimasa.timeline.IngestSchemaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operations on set-aside events need the role admin; the timeline itself is open (by default). */
@QuarkusTest
@QuarkusTestResource(IngestSchemaResource.class)
class TimelineSecurityTest {

    private static final List<Function<io.restassured.specification.RequestSpecification, io.restassured.response.Response>> OPERATIONS =
            List.of(r -> r.get("/api/timeline/set-aside"), r -> r.post("/api/timeline/set-aside/redrive"));

    @BeforeAll
    static void noDefaultToken() {
        TestTokens.sendNone();
    }

    @Test
    void operationsNeedTheAdminRole() {
        for (var operation : OPERATIONS) {
            operation.apply(given()).then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
            operation.apply(given().header("Authorization", TestTokens.bearer("ingest", "reader")))
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
            operation.apply(given().header("Authorization", TestTokens.bearer("admin"))).then().statusCode(200);
            for (String bad : List.of(TestTokens.expired("admin"), TestTokens.signedByAStranger("admin"),
                    TestTokens.unsigned("admin"), TestTokens.garbage())) {
                operation.apply(given().header("Authorization", "Bearer " + bad)).then().statusCode(401)
                        .contentType("application/problem+json");
            }
        }
    }

    @Test
    void theTimelineIsOpenAndThePageCarriesItsPolicy() {
        given().get("/api/timeline").then().statusCode(200);
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }
}
