package io.linimasa.timeline.store;

import java.time.LocalDate;
import java.util.List;

/** A dated event as ingest-service stored it (ingest.article_event), not yet on the timeline. */
public record StoredEvent(long id, String articleId, String dateValue, String granularity, LocalDate start, LocalDate end,
                          String sentence, List<String> entities) {
}
