package io.linimasa.ingest.index;

import io.linimasa.ingest.store.Article;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An article as Elasticsearch holds it (mapping: resources/elasticsearch/articles-index.json). */
public record ArticleDocument(
        String id,
        String duplicateOf,
        String title,
        String body,
        String publishedAt,
        String publishedText,
        String publishedDay,
        String month,
        String outlet,
        List<String> authors,
        List<String> editors,
        String dateline,
        String language,
        List<String> entities,
        String sourceName,
        String url,
        String ingestedAt) {

    /** The contract's form of a publication time: seconds always, the offset the page printed. */
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    static ArticleDocument of(Article a, List<String> entityNames) {
        OffsetDateTime printed = a.publishedAtAsPrinted();
        return new ArticleDocument(
                a.id,
                a.duplicateOf,
                a.title,
                a.body,
                printed == null ? null : printed.toString(),
                printed == null ? null : PRINTED.format(printed),
                // Filters and month facets work on the date the page printed, in its own zone.
                printed == null ? null : printed.toLocalDate().toString(),
                printed == null ? null : printed.toLocalDate().toString().substring(0, 7),
                a.outlet,
                List.of(a.authors),
                List.of(a.editors),
                a.dateline,
                a.language,
                entityNames,
                a.sourceName,
                a.url,
                a.ingestedAt.toString());
    }
}
