package io.linimasa.ingest.index;

import io.linimasa.normalise.enrich.entities.EntitySpellings;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        List<String> entityNames,
        String sourceName,
        String url,
        String ingestedAt) {

    /** The contract's form of a publication time: seconds always, the offset the page printed. */
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** The document of a stored article; {@code publishedAt} is read in the offset the page printed. */
    public static ArticleDocument of(String id, String duplicateOf, String title, String body, Instant publishedAt,
                              String publishedOffset, String outlet, List<String> authors, List<String> editors,
                              String dateline, String language, List<String> entities, String sourceName, String url,
                              Instant ingestedAt) {
        OffsetDateTime printed = publishedAt == null ? null : publishedAt.atOffset(ZoneOffset.of(publishedOffset));
        return new ArticleDocument(
                id,
                duplicateOf,
                title,
                body,
                printed == null ? null : printed.toString(),
                printed == null ? null : PRINTED.format(printed),
                // Filters and month facets work on the date the page printed, in its own zone.
                printed == null ? null : printed.toLocalDate().toString(),
                printed == null ? null : printed.toLocalDate().toString().substring(0, 7),
                outlet,
                authors,
                editors,
                dateline,
                language,
                entities,
                // the canonical names and every known spelling, so a query finds a page in any of them
                EntitySpellings.of(entities),
                sourceName,
                url,
                ingestedAt.toString());
    }

    /** Roughly the bytes of this document in a bulk request: what sizes the requests. */
    int estimatedBytes() {
        return 512 + 2 * (body.length() + title.length())
                + (url == null ? 0 : url.length()) + (sourceName == null ? 0 : sourceName.length())
                + 32 * (entityNames.size() + entities.size() + authors.size() + editors.size());
    }
}
