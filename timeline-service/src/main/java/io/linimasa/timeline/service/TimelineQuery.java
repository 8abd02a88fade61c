package io.linimasa.timeline.service;

import io.linimasa.timeline.store.TimelineStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a timeline page: entries in date order with the articles that report them. */
@ApplicationScoped
public class TimelineQuery {

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final TimelineStore store;

    public TimelineQuery(TimelineStore store) {
        this.store = store;
    }

    @Transactional
    public Timeline timeline(String q, List<String> entities, LocalDate from, LocalDate to, int limit) {
        List<TimelineStore.EntryRow> rows = store.entries(q, entities, from, to, limit);
        Map<Long, List<Timeline.Source>> sources = new HashMap<>();
        for (TimelineStore.SourceRow s : store.sources(rows.stream().map(TimelineStore.EntryRow::id).toList())) {
            sources.computeIfAbsent(s.entryId(), id -> new ArrayList<>()).add(new Timeline.Source(s.articleId(), s.title(),
                    s.outlet(), s.publishedAt() == null ? null : OFFSET_TIME.format(s.publishedAt()), s.url(), s.sentence()));
        }
        List<Timeline.Entry> entries = new ArrayList<>();
        for (TimelineStore.EntryRow row : rows) {
            entries.add(new Timeline.Entry(row.dateValue(), row.granularity(), row.summary(), row.entities(),
                    sources.getOrDefault(row.id(), List.of())));
        }
        return new Timeline(entries);
    }
}
