package io.linimasa.ingest.store;

import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.EntityMention;
import java.time.Instant;
import java.util.List;

/** Everything one new article writes: its row, its entities, events, MinHash bands and outbox row. */
public record ArticleRow(
        String id,
        String rawKind,
        String rawContent,
        String contentHash,
        String duplicateOf,
        String title,
        Instant publishedAt,
        String publishedOffset,
        String outlet,
        List<String> authors,
        List<String> editors,
        String dateline,
        String language,
        String body,
        String sourceName,
        String url,
        Instant fetchedAt,
        Instant ingestedAt,
        int[] minhash,
        long[] bands,
        List<EntityMention> entities,
        List<DatedEvent> events) {

    public ArticleRow withDuplicateOf(String original) {
        return new ArticleRow(id, rawKind, rawContent, contentHash, original, title, publishedAt, publishedOffset, outlet, authors,
                editors, dateline, language, body, sourceName, url, fetchedAt, ingestedAt, minhash, bands, entities, events);
    }
}
