package io.linimasa.elasticsearch;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Trusts the certificate authority of the Elasticsearch cluster (ECK's, from the Secret
 * {cluster}-es-http-certs-public) when {@code linimasa.elasticsearch.ca-certificate} names its PEM
 * file: the connection is then verified, host name included. Quarkus' Elasticsearch client has no
 * trust setting of its own; this is the client configuration callback it offers for such things.
 */
@ElasticsearchClientConfig
@Dependent
public class TrustedCertificateAuthority implements RestClientBuilder.HttpClientConfigCallback {

    private final Optional<String> caCertificate;

    public TrustedCertificateAuthority(@ConfigProperty(name = "linimasa.elasticsearch.ca-certificate") Optional<String> caCertificate) {
        this.caCertificate = caCertificate;
    }

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        return caCertificate.filter(path -> !path.isBlank()).map(path -> builder.setSSLContext(trusting(Path.of(path)))).orElse(builder);
    }

    static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("elasticsearch-ca-" + n++, certificate);
            }
            if (n == 0) {
                throw new IllegalStateException("no certificate in " + pem);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Elasticsearch CA certificate " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the Elasticsearch CA certificate " + pem, e);
        }
    }
}
