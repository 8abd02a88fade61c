package io.linimasa.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged services, started as a user starts them (java -jar), on free ports, against given
 * stores, with an index alias of their own; they trust the test key (TestTokens). Instances are
 * named ("ingest-service", "ingest-service-2", ...), so that a test can run several of one service.
 */
final class Stack implements AutoCloseable {

    static final String ALIAS = "test-e2e-articles";

    final Stores stores;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Path root = Path.of(System.getProperty("root", ".."));

    private Stack(Stores stores) {
        this.stores = stores;
    }

    /** The three services on the given stores: ingest first (it owns the schema timeline reads). */
    static Stack start(Stores stores) throws Exception {
        Stack stack = new Stack(stores);
        stack.launch("ingest-service", "ingest-service", Map.of());
        stack.awaitReady("ingest-service");
        stack.launch("search-service", "search-service", Map.of());
        stack.launch("timeline-service", "timeline-service", Map.of());
        stack.awaitReady("search-service");
        stack.awaitReady("timeline-service");
        return stack;
    }

    String url(String instance) {
        return "http://127.0.0.1:" + ports.get(instance);
    }

    /** Starts one more instance of a service, with extra system properties, and waits until it is ready. */
    void add(String instance, String service, Map<String, String> properties) throws Exception {
        launch(instance, service, properties);
        awaitReady(instance);
    }

    void stop(String instance) throws InterruptedException {
        Process process = processes.remove(instance);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void launch(String instance, String service, Map<String, String> properties) throws IOException {
        int port = Stores.freePort();
        ports.put(instance, port);
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = root.resolve("e2e-tests/target/" + instance + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dquarkus.http.port=" + port,
                "-Dlinimasa.security.jwt-public-key=" + root.resolve("security/src/test/resources/keys/test-public.pem")));
        String es = "-Dquarkus.elasticsearch.hosts=127.0.0.1:" + stores.elasticsearchPort;
        String db = "-Dquarkus.datasource.jdbc.url=" + stores.jdbcUrl();
        switch (service) {
            case "ingest-service" -> command.addAll(List.of(db, es, "-Dlinimasa.index.alias=" + ALIAS,
                    "-Dlinimasa.outbox.interval=200ms", "-Dlinimasa.outbox.max-backoff=2s", "-Dlinimasa.index.build-check-interval=500ms"));
            case "search-service" -> command.addAll(List.of(es, "-Dlinimasa.index.alias=" + ALIAS));
            default -> command.addAll(List.of(db, "-Dlinimasa.timeline.worker-interval=200ms", "-Dlinimasa.timeline.metrics-interval=1s"));
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        processes.put(instance, new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    private void awaitReady(String instance) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url(instance) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Process process = processes.get(instance);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(instance + " stopped while starting; see e2e-tests/target/" + instance + ".log");
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(instance + " not ready after 90 s; see e2e-tests/target/" + instance + ".log");
    }

    @Override
    public void close() throws InterruptedException {
        for (String instance : List.copyOf(processes.keySet())) {
            stop(instance);
        }
    }
}
