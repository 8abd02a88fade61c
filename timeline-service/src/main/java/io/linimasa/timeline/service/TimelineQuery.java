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
    public Timeline timeline(String q, List<String> entities, LocalDate from, LocalDate to, int limit, int sourcesPerEntry) {
        List<TimelineStore.EntryRow> rows = store.entries(q, entities, from, to, limit);
        Map<Long, List<TimelineStore.SourceRow>> sourcesOf = new HashMap<>();
        for (TimelineStore.SourceRow s : store.sources(rows.stream().map(TimelineStore.EntryRow::id).toList(), sourcesPerEntry)) {
            sourcesOf.computeIfAbsent(s.entryId(), id -> new ArrayList<>()).add(s);
        }
        List<Timeline.Entry> entries = new ArrayList<>();
        for (TimelineStore.EntryRow row : rows) {
            List<Timeline.Source> sources = new ArrayList<>();
            List<TimelineStore.SourceRow> shown = sourcesOf.getOrDefault(row.id(), List.of());
            for (TimelineStore.SourceRow s : shown) {
                sources.add(new Timeline.Source(s.articleId(), s.title(), s.outlet(),
                        s.publishedAt() == null ? null : OFFSET_TIME.format(s.publishedAt()), s.url(), s.sentence(),
                        s.dateValue(), s.granularity(), EventMerger.mention(row.dateValue(), row.granularity(), s.dateValue(), s.granularity()),
                        s.summary() != null ? s.summary() : Summaries.of(s.sentence(), s.expression()), s.language()));
            }
            entries.add(new Timeline.Entry(row.dateValue(), row.granularity(), row.summary(), row.entities(), sources,
                    shown.isEmpty() ? 0 : shown.get(0).entrySources()));
        }
        return new Timeline(entries);
    }
}
