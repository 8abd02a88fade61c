package io.linimasa.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The project's own security keys; Quarkus' keys (quarkus.oidc.*, mp.jwt.*) are set from them in
 * META-INF/microprofile-config.properties.
 */
@ConfigMapping(prefix = "linimasa.security")
public interface SecurityConfig {

    /** Reads (GET under /api/): "permit" (open) or "reader" (the role reader). */
    @WithDefault("permit")
    String reads();

    /** The issuer ("iss") signed tokens must name. */
    @WithDefault("linimasa")
    String issuer();

    /** Where the public key that verifies signed tokens is (a file; a Secret on a cluster). */
    @WithDefault("/etc/linimasa/jwt/public.pem")
    String jwtPublicKey();
}
