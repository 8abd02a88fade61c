package io.linimasa.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;

/** The batch endpoint's line for one page: {@code {"text"|"html": ..., "url": ..., "fetchedAt": ...}}. */
final class ArticleLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleLines() {
    }

    static String html(String html, String url, Instant fetchedAt) {
        return line("html", html, url, fetchedAt);
    }

    static String text(String text, String url, Instant fetchedAt) {
        return line("text", text, url, fetchedAt);
    }

    private static String line(String field, String content, String url, Instant fetchedAt) {
        ObjectNode line = JSON.createObjectNode().put(field, content);
        if (url != null) {
            line.put("url", url);
        }
        if (fetchedAt != null) {
            line.put("fetchedAt", fetchedAt.atOffset(ZoneOffset.UTC).toString());
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
