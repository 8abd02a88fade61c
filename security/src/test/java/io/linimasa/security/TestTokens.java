package io.linimasa.security;

import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test key (keys/test-private.pem) that the services'
 * tests trust, and the bad ones they must refuse with 401: expired, signed by a stranger, unsigned
 * ("alg": "none"), garbage.
 */
public final class TestTokens {

    /** The key file the services' tests point linimasa.security.jwt-public-key at. */
    public static final String PUBLIC_KEY = "keys/test-public.pem";

    private TestTokens() {
    }

    /** A valid token with these roles, for an hour. */
    public static String with(String... roles) {
        return sign(roles, Instant.now().plusSeconds(3600), key("keys/test-private.pem"));
    }

    /**
     * Makes every REST Assured request of a test carry a token with every role (the tests of the
     * refusals send their own, or none).
     */
    public static void sendWithEveryRequest() {
        String token = bearer(Roles.INGEST, Roles.ADMIN, Roles.READER);
        RestAssured.replaceFiltersWith((request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", token);
            }
            return context.next(request, response);
        });
    }

    /** Undoes {@link #sendWithEveryRequest}: the requests of a test carry no token unless it gives one. */
    public static void sendNone() {
        RestAssured.replaceFiltersWith(java.util.List.of());
    }

    /** "Authorization" header value of a valid token with these roles. */
    public static String bearer(String... roles) {
        return "Bearer " + with(roles);
    }

    public static String expired(String... roles) {
        return sign(roles, Instant.now().minusSeconds(60), key("keys/test-private.pem"));
    }

    public static String signedByAStranger(String... roles) {
        return sign(roles, Instant.now().plusSeconds(3600), key("keys/stranger-private.pem"));
    }

    public static String unsigned(String... roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"linimasa\",\"sub\":\"test\",\"exp\":" + (Instant.now().getEpochSecond() + 3600)
                + ",\"groups\":[\"" + String.join("\",\"", roles) + "\"]}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    public static String garbage() {
        return "not.a.token%%";
    }

    private static String sign(String[] roles, Instant expiresAt, PrivateKey key) {
        return Jwt.issuer("linimasa").subject("test").groups(Set.of(roles))
                .issuedAt(Instant.now().minusSeconds(5)).expiresAt(expiresAt).sign(key);
    }

    private static PrivateKey key(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
