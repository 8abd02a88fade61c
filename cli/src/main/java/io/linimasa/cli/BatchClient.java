package io.linimasa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /api/articles/batch: one answer per line. A full service (429/503 with Retry-After) is
 * waited for and sent the same batch again; so is a service that cannot be reached for a while.
 * Any other answer to the whole batch (401, 403, 400...) ends the run: no line of it is accepted.
 */
final class BatchClient {

    /** One line's answer: 201/200 with the article's id, or a refusal with its error. */
    record Answer(int status, String id, String error) {
    }

    static final class Failed extends IOException {
        Failed(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    private static final int UNREACHABLE_ATTEMPTS = 30;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String token;
    private final Waits waits;

    /** How the client waits before sending again: a seam for the tests. */
    interface Waits {
        void sleep(Duration duration) throws InterruptedException;
    }

    BatchClient(URI ingest, String token, Waits waits) {
        this.endpoint = ingest.resolve("/api/articles/batch");
        this.token = token;
        this.waits = waits;
    }

    List<Answer> send(List<String> lines) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append(line).append('\n');
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        for (int unreachable = 0; ; ) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (++unreachable >= UNREACHABLE_ATTEMPTS) {
                    throw new Failed("ingest cannot be reached at " + endpoint + ": " + e);
                }
                waits.sleep(DEFAULT_WAIT.multipliedBy(Math.min(unreachable, 10)));
                continue;
            }
            unreachable = 0;
            int status = response.statusCode();
            if (status == 200) {
                return answers(response.body(), lines.size());
            }
            if (status == 429 || status == 503) {
                waits.sleep(retryAfter(response));
                continue;
            }
            throw new Failed("ingest answered the batch " + status + ": " + shorten(response.body()));
        }
    }

    private static List<Answer> answers(String body, int lines) throws Failed {
        JsonNode results;
        try {
            results = JSON.readTree(body).path("results");
        } catch (IOException e) {
            throw new Failed("the batch answer is not JSON: " + shorten(body));
        }
        List<Answer> answers = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            answers.add(null);
        }
        for (JsonNode result : results) {
            int line = result.path("line").asInt();
            if (line >= 1 && line <= lines) {
                answers.set(line - 1, new Answer(result.path("status").asInt(), result.path("id").asText(null),
                        result.path("error").asText(null)));
            }
        }
        if (answers.contains(null)) {
            throw new Failed("the batch answer misses lines: " + shorten(body));
        }
        return answers;
    }

    static Duration retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s.strip())))
                    .orElse(DEFAULT_WAIT);
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT; // an HTTP date: not worth parsing for a wait of seconds
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
