package io.linimasa.timeline.security;

import static io.restassured.RestAssured.given;

import io.linimasa.security.TestTokens;
import io.linimasa.timeline.IngestSchemaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A cluster with an identity provider: tokens it issues are checked by quarkus-oidc, roles from its claim. */
@QuarkusTest
@QuarkusTestResource(IngestSchemaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(IdentityProviderTest.WithIdentityProvider.class)
class IdentityProviderTest {

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.roles.role-claim-path", "groups");
        }
    }

    @BeforeAll
    static void noDefaultToken() {
        TestTokens.sendNone();
    }

    @Test
    void tokensOfTheIdentityProviderAreTakenWithTheirRoles() {
        String admin = OidcWiremockTestResource.getAccessToken("alice", Set.of("admin"));
        String reader = OidcWiremockTestResource.getAccessToken("bob", Set.of("reader"));
        given().header("Authorization", "Bearer " + admin).get("/api/timeline/set-aside").then().statusCode(200);
        given().header("Authorization", "Bearer " + reader).get("/api/timeline/set-aside").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/timeline/set-aside").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestTokens.garbage()).get("/api/timeline/set-aside").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
