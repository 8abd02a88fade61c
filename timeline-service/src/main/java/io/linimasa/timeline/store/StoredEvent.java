package io.linimasa.timeline.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event as ingest-service stored it (ingest.article_event), not yet on the timeline, with
 * the entities of its sentence, the language of its article and, as context, the entities its
 * article names most.
 */
public record StoredEvent(long id, String articleId, String dateValue, String granularity, LocalDate start, LocalDate end,
                          String expression, String sentence, String language, List<String> entities,
                          List<String> articleEntities) {

    /** How many of an article's entities stand for its context (the most mentioned first). */
    public static final int ARTICLE_ENTITIES = 6;
}
