package io.linimasa.ingest.rest;

import io.linimasa.ingest.store.Article;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The article JSON of the contract. */
public record ArticleView(
        String id,
        String duplicateOf,
        String title,
        String publishedAt,
        String outlet,
        List<String> authors,
        List<String> editors,
        String dateline,
        String language,
        String body,
        List<Entity> entities,
        List<Event> events,
        String contentHash,
        String sourceName,
        String url,
        String ingestedAt) {

    /** Seconds always printed, and the offset as printed by the page ("+07:00"). */
    static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    public record Entity(String name, String type, int mentions) {
    }

    public record Event(String date, String granularity, String expression, String sentence, List<String> entities) {
    }

    static ArticleView of(Article a) {
        return new ArticleView(
                a.id,
                a.duplicateOf,
                a.title,
                a.publishedAt == null ? null : OFFSET_TIME.format(a.publishedAtAsPrinted()),
                a.outlet,
                List.of(a.authors),
                List.of(a.editors),
                a.dateline,
                a.language,
                a.body,
                a.entities.stream().map(e -> new Entity(e.name, e.type, e.mentions)).toList(),
                a.events.stream().map(e -> new Event(e.dateValue, e.granularity, e.expression, e.sentence, List.of(e.entities))).toList(),
                a.contentHash,
                a.sourceName,
                a.url,
                a.ingestedAt.toString());
    }
}
