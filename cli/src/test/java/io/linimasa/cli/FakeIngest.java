package io.linimasa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch endpoint as the command line sees it: the id is the content's hash (as ingest's), a
 * page with "no article" in it is answered 422, one with "database away" is answered 503 the first
 * time; the first batches can be made to meet a full service (503 with Retry-After).
 */
final class FakeIngest implements AutoCloseable {

    static final String TOKEN = "test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Set<String> stored = Collections.synchronizedSet(new HashSet<>());
    private final Set<String> awayOnce = Collections.synchronizedSet(new HashSet<>());
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger fullFor = new AtomicInteger();

    FakeIngest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/articles/batch", this::batch);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void batch(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"status\":401,\"title\":\"Unauthorized\"}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (fullFor.getAndDecrement() > 0) {
            exchange.getResponseHeaders().add("Retry-After", "0");
            answer(exchange, 503, "{\"status\":503,\"title\":\"Service unavailable\"}");
            return;
        }
        ArrayNode results = JSON.createArrayNode();
        int number = 0;
        for (String line : body.split("\n")) {
            ObjectNode result = results.addObject().put("line", ++number);
            JsonNode page = JSON.readTree(line);
            received.add(page);
            String content = page.has("html") ? page.path("html").asText() : page.path("text").asText();
            String id = Integer.toHexString(content.hashCode());
            if (content.contains("no article")) {
                result.put("status", 422).put("error", "no article found in the page");
            } else if (content.contains("database away") && awayOnce.add(id)) {
                result.put("status", 503).put("error", "not stored: the database cannot be reached; send it again");
            } else {
                result.put("status", stored.add(id) ? 201 : 200).put("id", id);
            }
        }
        answer(exchange, 200, JSON.writeValueAsString(JSON.createObjectNode().set("results", results)));
    }

    private static void answer(HttpExchange exchange, int status, String json) {
        try (exchange) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
