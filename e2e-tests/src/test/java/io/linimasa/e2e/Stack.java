package io.linimasa.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services, started as a user starts them (java -jar), on free ports, with their
 * own database (linimasa_test_e2e, made anew) and index alias, against the real stores.
 */
final class Stack implements AutoCloseable {

    static final String DATABASE = "linimasa_test_e2e";
    static final String ALIAS = "test-e2e-articles";

    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path root = Path.of(System.getProperty("root", ".."));

    static Stack start() throws Exception {
        Stack stack = new Stack();
        stack.recreateDatabase();
        // ingest first: it owns the schema that timeline reads
        stack.launch("ingest-service");
        stack.awaitReady("ingest-service");
        stack.launch("search-service");
        stack.launch("timeline-service");
        stack.awaitReady("search-service");
        stack.awaitReady("timeline-service");
        return stack;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            c.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
    }

    private void launch(String service) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ports.put(service, port);
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = root.resolve("e2e-tests/target/" + service + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dquarkus.http.port=" + port));
        switch (service) {
            case "ingest-service" -> command.addAll(List.of(
                    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                    "-Dlinimasa.index.alias=" + ALIAS, "-Dlinimasa.outbox.interval=200ms"));
            case "search-service" -> command.add("-Dlinimasa.index.alias=" + ALIAS);
            default -> command.addAll(List.of(
                    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                    "-Dlinimasa.timeline.worker-interval=200ms"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        processes.add(builder.start());
    }

    private void awaitReady(String service) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(service + " not ready after 90 s; see e2e-tests/target/" + service + ".log");
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
