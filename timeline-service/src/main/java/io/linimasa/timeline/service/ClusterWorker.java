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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Assigns newly stored events to timeline entries with the rules of {@link EventMerger}, so that
 * GET /api/timeline is a plain indexed read. One writer at a time (a PostgreSQL advisory lock), so
 * two replicas never create the same entry twice. When the rules change ({@link EventMerger#VERSION}),
 * the entries are removed and every event is assigned again, batch by batch.
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
            if (store.rulesVersion() != EventMerger.VERSION) {
                int removed = store.removeAllEntries(EventMerger.VERSION);
                LOG.infof("merge rules changed (version %d): %d entries removed, every event is assigned again",
                        EventMerger.VERSION, removed);
            }
            List<StoredEvent> events = store.unassignedEvents(batchSize);
            Map<Long, TimelineEntry> entries = new HashMap<>();
            // Entries this batch created or changed, as the rules see them now (the database may lag).
            Map<Long, EventMerger.Candidate> touched = new LinkedHashMap<>();
            for (StoredEvent event : events) {
                List<EventMerger.Candidate> candidates = new ArrayList<>(touched.values());
                for (TimelineEntry entry : store.candidateEntries(event)) {
                    if (!touched.containsKey(entry.id)) {
                        entries.put(entry.id, entry);
                        candidates.add(candidate(entry));
                    }
                }
                EventMerger.Candidate match = EventMerger.match(event, candidates);
                TimelineEntry entry;
                EventMerger.Candidate joined;
                if (match == null) {
                    entry = newEntry(event);
                    joined = EventMerger.Candidate.of(entry.id, event);
                } else {
                    entry = entries.get(match.id());
                    joined = match.with(event);
                    join(entry, joined, event);
                }
                entries.put(entry.id, entry);
                touched.put(entry.id, joined);
                TimelineSource.of(event.id(), entry.id, event.articleId()).persist();
            }
            return events.size();
        });
    }

    private EventMerger.Candidate candidate(TimelineEntry entry) {
        return new EventMerger.Candidate(entry.id, entry.dateValue, entry.granularity, entry.dateStart, entry.dateEnd,
                new LinkedHashSet<>(List.of(entry.entities)), new LinkedHashSet<>(store.contextEntitiesOf(entry.id)),
                EventMerger.words(entry.searchText), new HashSet<>(store.articlesOf(entry.id)));
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

    /** The entry after an event joined: the rules' date (the finer one, with its summary), entities and text. */
    private static void join(TimelineEntry entry, EventMerger.Candidate joined, StoredEvent event) {
        if (!joined.dateValue().equals(entry.dateValue) || !joined.granularity().equals(entry.granularity)) {
            entry.dateValue = joined.dateValue();
            entry.granularity = joined.granularity();
            entry.dateStart = joined.start();
            entry.dateEnd = joined.end();
            entry.summary = Summaries.of(event.sentence());
        }
        entry.entities = joined.entities().toArray(String[]::new);
        entry.searchText = entry.searchText + "\n" + event.sentence() + "\n" + String.join(" ", event.entities());
        entry.updatedAt = Instant.now();
    }
}
