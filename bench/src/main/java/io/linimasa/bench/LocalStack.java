package io.linimasa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running local stack (./linimasa up) as the load benchmarks see it: its URLs, its database,
 * the bearer token (LINIMASA_TOKEN), and the processes behind it, for their CPU time and memory.
 */
final class LocalStack {

    final String ingest = env("LINIMASA_INGEST_URL", "http://127.0.0.1:8081");
    final String search = env("LINIMASA_SEARCH_URL", "http://127.0.0.1:8082");
    final String timeline = env("LINIMASA_TIMELINE_URL", "http://127.0.0.1:8083");
    final String elasticsearch = env("LINIMASA_ES_URL", "http://127.0.0.1:9200");
    final String jdbc = "jdbc:postgresql://127.0.0.1:5432/" + env("LINIMASA_DATABASE", "linimasa");
    final String token = env("LINIMASA_TOKEN", "");
    final String alias = env("LINIMASA_INDEX_ALIAS", "articles");
    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path run = Path.of(env("LINIMASA_RUN", ".linimasa"));

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbc, "postgres", "");
    }

    long sql(String query) {
        try (Connection c = database(); ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One NDJSON batch to the batch endpoint, sent again after its Retry-After (1 s without one) while
     * ingest answers that it is full (429, 503); the per-line results. Any other answer, or a stack
     * still full after 100 tries, fails the benchmark.
     */
    JsonNode postBatch(String ndjson) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingest + "/api/articles/batch"))
                    .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return JSON.readTree(r.body()).path("results");
            }
            if ((r.statusCode() != 429 && r.statusCode() != 503) || attempt >= 100) {
                throw new IllegalStateException("batch answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(r.headers().firstValue("Retry-After").map(v -> Long.parseLong(v.strip()) * 1000).orElse(1000L));
        }
    }

    /** Documents behind the alias, after a refresh. */
    long searchable() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + alias + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> count = get(elasticsearch + "/" + alias + "/_count");
        Matcher m = Pattern.compile("\"count\":(\\d+)").matcher(count.body());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** A process of the stack by its pid file: the services' in .linimasa/, Elasticsearch's in its home. */
    OptionalLong pid(String name) {
        Path file = name.equals("elasticsearch")
                ? Path.of(env("LINIMASA_ES_HOME", "/var/tmp/linimasa-es-8.19.21"), "elasticsearch.pid")
                : run.resolve(name + ".pid");
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
