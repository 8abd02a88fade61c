package io.linimasa.timeline.service;

import io.linimasa.timeline.config.TimelineConfig;
import io.linimasa.timeline.store.StoredEvent;
import io.linimasa.timeline.store.TimelineEntry;
import io.linimasa.timeline.store.TimelineSource;
import io.linimasa.timeline.store.TimelineStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Assigns newly stored events to timeline entries, so that GET /api/timeline is a plain indexed
 * read. One writer at a time (a PostgreSQL advisory lock), so two replicas never create the same
 * entry twice.
 */
@ApplicationScoped
public class ClusterWorker {

    private static final Logger LOG = Logger.getLogger(ClusterWorker.class);

    private final TimelineStore store;
    private final int batchSize;

    public ClusterWorker(TimelineStore store, TimelineConfig config) {
        this.store = store;
        this.batchSize = config.workerBatchSize();
    }

    @Scheduled(every = "${linimasa.timeline.worker-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            while (assignBatch() == batchSize) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("timeline worker paused: %s", e.getMessage());
        }
    }

    /** Assigns one batch of events in one transaction; returns how many it assigned. */
    public int assignBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!store.tryWorkerLock()) {
                return 0;
            }
            List<StoredEvent> events = store.unassignedEvents(batchSize);
            Map<String, List<EventMerger.Candidate>> byDate = new HashMap<>();
            Map<Long, TimelineEntry> entries = new HashMap<>();
            for (StoredEvent event : events) {
                List<EventMerger.Candidate> candidates = byDate.computeIfAbsent(event.dateValue() + "/" + event.granularity(),
                        key -> candidates(event, entries));
                EventMerger.Candidate match = EventMerger.match(event, candidates);
                TimelineEntry entry = match == null ? newEntry(event) : join(entries.get(match.id()), event);
                entries.put(entry.id, entry);
                TimelineSource.of(event.id(), entry.id, event.articleId()).persist();
                candidates.removeIf(c -> c.id() == entry.id);
                Set<String> articles = new HashSet<>(match == null ? Set.of() : match.articles());
                articles.add(event.articleId());
                candidates.add(candidate(entry, articles));
            }
            return events.size();
        });
    }

    private List<EventMerger.Candidate> candidates(StoredEvent event, Map<Long, TimelineEntry> entries) {
        List<EventMerger.Candidate> candidates = new ArrayList<>();
        for (TimelineEntry entry : TimelineEntry.onDate(event.dateValue(), event.granularity())) {
            entries.put(entry.id, entry);
            candidates.add(candidate(entry, new HashSet<>(store.articlesOf(entry.id))));
        }
        return candidates;
    }

    private static EventMerger.Candidate candidate(TimelineEntry entry, Set<String> articles) {
        return new EventMerger.Candidate(entry.id, entry.dateValue, entry.granularity, Set.of(entry.entities),
                EventMerger.words(entry.searchText), articles);
    }

    private static TimelineEntry newEntry(StoredEvent event) {
        TimelineEntry entry = new TimelineEntry();
        entry.dateValue = event.dateValue();
        entry.granularity = event.granularity();
        entry.dateStart = event.start();
        entry.dateEnd = event.end();
        entry.summary = Summaries.of(event.sentence());
        entry.entities = event.entities().toArray(String[]::new);
        entry.searchText = event.sentence() + "\n" + String.join(" ", event.entities());
        entry.updatedAt = Instant.now();
        entry.persist();
        return entry;
    }

    private static TimelineEntry join(TimelineEntry entry, StoredEvent event) {
        Set<String> entities = new LinkedHashSet<>(List.of(entry.entities));
        entities.addAll(event.entities());
        entry.entities = entities.toArray(String[]::new);
        entry.searchText = entry.searchText + "\n" + event.sentence() + "\n" + String.join(" ", event.entities());
        entry.updatedAt = Instant.now();
        return entry;
    }
}
