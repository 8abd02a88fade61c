package io.linimasa.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a careful reader writes down about one page of {@code bench/extraction/pages}: the file
 * {@code bench/extraction/gold/<page>.json}. {@code boilerplate} lists the page's lines (3 words or
 * more) that are not the article and so must never reach the body.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractionGold(
        String title,
        String publishedAt,
        String outlet,
        List<String> authors,
        List<String> editors,
        String dateline,
        String language,
        List<String> body,
        List<Entity> entities,
        List<String> boilerplate) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String name, String type) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    public ExtractionGold {
        authors = authors == null ? List.of() : List.copyOf(authors);
        editors = editors == null ? List.of() : List.copyOf(editors);
        body = body == null ? List.of() : List.copyOf(body);
        entities = entities == null ? List.of() : List.copyOf(entities);
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    }

    public static ExtractionGold read(Path file) throws IOException {
        ExtractionGold gold = JSON.readValue(file.toFile(), ExtractionGold.class);
        gold.publishedAtValue(); // fails early on a malformed date
        return gold;
    }

    /** The publication time, or null when the page prints none. */
    public OffsetDateTime publishedAtValue() {
        return publishedAt == null ? null : OffsetDateTime.parse(publishedAt);
    }

    /** The body as the contract writes it: paragraphs separated by a blank line. */
    public String bodyText() {
        return String.join("\n\n", body);
    }
}
