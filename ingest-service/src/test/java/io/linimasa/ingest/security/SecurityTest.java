package io.linimasa.ingest.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import io.linimasa.normalise.Seeds;
import io.linimasa.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every write and admin endpoint: no token 401, a bad token 401, the wrong role 403, the right role through. */
@QuarkusTest
class SecurityTest {

    /** An endpoint, how to call it, the role it needs and the statuses that mean "let through". */
    private record Endpoint(String name, Function<RequestSpecification, io.restassured.response.Response> call, String role,
                            List<Integer> through) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST /api/articles (text)", r -> r.contentType("text/plain").body(Seeds.read("000")).post("/api/articles"),
                    "ingest", List.of(200, 201)),
            new Endpoint("POST /api/articles (html)", r -> r.contentType("text/html")
                    .body("<html><body><h1>Judul</h1><p>" + "Isi berita yang cukup panjang untuk sebuah artikel. ".repeat(10) + "</p></body></html>")
                    .post("/api/articles"), "ingest", List.of(200, 201, 422)),
            new Endpoint("POST /api/articles (json)", r -> r.contentType("application/json").body("{\"text\": \"x\"}").post("/api/articles"),
                    "ingest", List.of(422)),
            new Endpoint("POST /api/articles/batch", r -> r.contentType("application/x-ndjson").body("{\"text\": \"x\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/articles/batch"), "ingest", List.of(200)),
            new Endpoint("POST /api/index/rebuild", r -> r.post("/api/index/rebuild"), "admin", List.of(202)),
            new Endpoint("GET /api/index/builds", r -> r.get("/api/index/builds"), "admin", List.of(200)),
            new Endpoint("GET /api/index/builds/{id}", r -> r.get("/api/index/builds/1"), "admin", List.of(200, 404)),
            new Endpoint("GET /api/index/set-aside", r -> r.get("/api/index/set-aside"), "admin", List.of(200)),
            new Endpoint("POST /api/index/set-aside/redrive", r -> r.post("/api/index/set-aside/redrive"), "admin", List.of(200)));

    @BeforeAll
    static void noDefaultToken() {
        TestTokens.sendNone();
    }

    @Test
    void withoutATokenEveryWriteAndOperationIs401() {
        for (Endpoint endpoint : ENDPOINTS) {
            endpoint.call().apply(given()).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        }
    }

    @Test
    void aBadTokenIs401NeverA500() {
        for (String token : List.of(TestTokens.expired("ingest", "admin"), TestTokens.signedByAStranger("ingest", "admin"),
                TestTokens.unsigned("ingest", "admin"), TestTokens.garbage(), "")) {
            for (Endpoint endpoint : ENDPOINTS) {
                endpoint.call().apply(given().header("Authorization", "Bearer " + token))
                        .then().statusCode(401).contentType("application/problem+json");
            }
        }
        given().header("Authorization", "Basic dXNlcjpwYXNz").post("/api/index/rebuild")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theWrongRoleIs403() {
        for (Endpoint endpoint : ENDPOINTS) {
            String other = endpoint.role().equals("ingest") ? "admin" : "ingest";
            endpoint.call().apply(given().header("Authorization", TestTokens.bearer(other, "reader")))
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
    }

    @Test
    void theRightRoleGoesThrough() {
        for (Endpoint endpoint : ENDPOINTS) {
            endpoint.call().apply(given().header("Authorization", TestTokens.bearer(endpoint.role())))
                    .then().statusCode(oneOf(endpoint.through().toArray(Integer[]::new)));
        }
    }

    @Test
    void readsAreOpenByDefault() {
        given().get("/api/articles/0123456789abcdef0123456789abcdef").then().statusCode(404);
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        given().get("/api/articles/0123456789abcdef0123456789abcdef").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"));
    }
}
