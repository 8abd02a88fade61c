package io.linimasa.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class TrustedCertificateAuthorityTest {

    @Test
    void aPemCertificateBecomesTheTrustOfTheConnection() throws Exception {
        SSLContext context = TrustedCertificateAuthority.trusting(Path.of("src/test/resources/test-ca.crt"));
        assertEquals("TLS", context.getProtocol());
    }

    @Test
    void aFileWithoutACertificateIsRefusedAtStart() throws Exception {
        Path empty = Files.createTempFile("no-ca", ".pem");
        Files.writeString(empty, "not a certificate\n");
        assertThrows(RuntimeException.class, () -> TrustedCertificateAuthority.trusting(empty));
        assertThrows(RuntimeException.class, () -> TrustedCertificateAuthority.trusting(Path.of("/nonexistent/ca.crt")));
    }
}
