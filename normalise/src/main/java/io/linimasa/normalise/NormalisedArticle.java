package io.linimasa.normalise;

import java.time.OffsetDateTime;
import java.util.List;

/** What a careful reader writes down about one page; produced by {@link ArticleNormaliser}, no I/O. */
public record NormalisedArticle(
        String title,
        OffsetDateTime publishedAt,
        String outlet,
        List<String> authors,
        List<String> editors,
        String dateline,
        String language,
        List<String> paragraphs,
        List<EntityMention> entities,
        List<DatedEvent> events) {

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
