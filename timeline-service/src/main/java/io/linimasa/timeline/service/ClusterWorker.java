package io.linimasa.timeline.service;

import io.linimasa.timeline.config.TimelineConfig;
import io.linimasa.timeline.store.EntryCandidates;
import io.linimasa.timeline.store.EventFeed;
import io.linimasa.timeline.store.StoredEvent;
import io.linimasa.timeline.store.TimelineEntry;
import io.linimasa.timeline.store.TimelineStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Assigns newly stored events to timeline entries with the rules of {@link EventMerger}, so that
 * GET /api/timeline is a plain indexed read.
 *
 * <ul>
 * <li>One writer per rules version at a time (a PostgreSQL advisory lock), so two replicas never
 *     create the same entry twice.</li>
 * <li>Entries belong to a rules version. A replica with newer rules builds its own entries beside the
 *     active ones and, once every event is assigned, makes its version the one readers see and removes
 *     the older entries. A replica with older rules than the active version writes nothing. So a rolling
 *     update never empties the timeline, and two versions never undo each other's work.</li>
 * <li>No event stops the others: an event whose merge fails is set aside with the reason (visible at
 *     GET /api/timeline/set-aside and in the metrics) and the worker goes on. When a whole batch
 *     fails in the database, its events are retried one transaction each, which finds the one.</li>
 * </ul>
 */
@ApplicationScoped
public class ClusterWorker {

    private static final Logger LOG = Logger.getLogger(ClusterWorker.class);
    /** Entries of an older version removed per transaction once a newer version took over. */
    private static final int REMOVAL_BATCH = 2_000;
    /**
     * How much of its sources' text an entry keeps for the timeline's word search: a story of hundreds
     * of reports says little new after its first dozens, and every join rewrites the text and its index.
     */
    private static final int SEARCH_TEXT_CHARS = 8_000;

    private final TimelineStore store;
    private final EventFeed feed;
    private final EntryCandidates candidates;
    private final int batchSize;
    private final int rulesVersion;
    private volatile boolean idleLogged;

    public ClusterWorker(TimelineStore store, EventFeed feed, EntryCandidates candidates, TimelineConfig config) {
        this.store = store;
        this.feed = feed;
        this.candidates = candidates;
        this.batchSize = config.workerBatchSize();
        this.rulesVersion = config.rulesVersion().orElse(EventMerger.VERSION);
    }

    /** The rules version this replica builds entries for. */
    public int rulesVersion() {
        return rulesVersion;
    }

    @Scheduled(every = "${linimasa.timeline.worker-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            while (assignBatch() == batchSize) {
                // a full batch: more may be waiting
            }
            takeOverWhenCaughtUp();
        } catch (RuntimeException e) {
            LOG.warnf("timeline worker paused: %s", e.getMessage());
        }
    }

    /**
     * Assigns one batch of events; returns how many it handled (assigned or set aside). When the
     * batch fails as a whole, its events are retried one transaction each, and the one that fails
     * again is set aside.
     */
    public int assignBatch() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> assign(batchSize));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("a batch of timeline events failed (%s); assigning them one at a time", batchFailure.getMessage());
            int handled = 0;
            for (int i = 0; i < batchSize; i++) {
                try {
                    int assigned = QuarkusTransaction.requiringNew().call(() -> assign(1));
                    if (assigned == 0) {
                        break;
                    }
                    handled += assigned;
                } catch (RuntimeException failure) {
                    handled += QuarkusTransaction.requiringNew().call(() -> setAsideNext(failure));
                }
            }
            return handled;
        }
    }

    /** When this replica's rules are newer than the active ones and every event has an entry: readers switch to them. */
    public void takeOverWhenCaughtUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!store.tryWorkerLock(rulesVersion) || store.activeVersion() >= rulesVersion
                    || !feed.caughtUp(rulesVersion)) {
                return;
            }
            if (store.activate(rulesVersion)) {
                LOG.infof("merge rules version %d is now the one readers see", rulesVersion);
            }
        });
        int removed;
        do {
            removed = QuarkusTransaction.requiringNew().call(() ->
                    store.activeVersion() == rulesVersion ? store.removeEntriesBefore(rulesVersion, REMOVAL_BATCH) : 0);
        } while (removed == REMOVAL_BATCH);
    }

    /** One transaction: up to {@code limit} events assigned; an event whose merge fails is set aside in it. */
    private int assign(int limit) {
        if (!store.tryWorkerLock(rulesVersion)) {
            return 0;
        }
        if (store.activeVersion() > rulesVersion) {
            if (!idleLogged) {
                LOG.infof("the timeline is built by newer merge rules (version %d); this replica (version %d) only reads",
                        store.activeVersion(), rulesVersion);
                idleLogged = true;
            }
            return 0;
        }
        feed.ensureCursor(rulesVersion);
        int retired = feed.retire(rulesVersion, limit);
        List<StoredEvent> events = new ArrayList<>(feed.requeuedEvents(rulesVersion, limit));
        List<StoredEvent> fresh = events.size() < limit ? feed.newEvents(rulesVersion, limit - events.size()) : List.of();
        events.addAll(fresh);
        if (!fresh.isEmpty()) {
            feed.advance(rulesVersion, fresh.get(fresh.size() - 1));
        }
        assignAll(events);
        return Math.max(retired, events.size());
    }

    /**
     * The batch's events in order against the entries stored before it (found for the whole batch at
     * once) and the entries the batch itself created or changed, as the rules see them now.
     */
    private void assignAll(List<StoredEvent> events) {
        List<StoredEvent> merged = new ArrayList<>(events.size());
        List<EventMerger.Source> sources = new ArrayList<>(events.size());
        List<Set<String>> searchKeys = new ArrayList<>(events.size());
        List<List<EventMerger.StartWindow>> windows = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            try {
                // all an event needs before the batch's query, so that an odd one is set aside on its own
                EventMerger.Source source = EventMerger.Source.of(event);
                List<EventMerger.StartWindow> eventWindows = EventMerger.startWindows(event.granularity(), event.start(), event.end());
                searchKeys.add(EventMerger.searchKeys(source));
                windows.add(eventWindows);
                sources.add(source);
                merged.add(event);
            } catch (RuntimeException e) {
                setAside(event, e);
            }
        }
        List<List<EventMerger.Candidate>> stored = merged.isEmpty() ? List.of()
                : candidates.forBatch(rulesVersion, merged, windows, searchKeys);
        Map<Long, TimelineEntry> entries = new HashMap<>();
        Map<Long, EventMerger.Candidate> touched = new LinkedHashMap<>();
        List<TimelineStore.NewSource> added = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            try {
                added.add(assign(merged.get(i), sources.get(i), searchKeys.get(i), stored.get(i), entries, touched));
            } catch (RuntimeException e) {
                setAside(merged.get(i), e);
            }
        }
        store.addSources(rulesVersion, added);
    }

    private void setAside(StoredEvent event, RuntimeException e) {
        LOG.warnf(e, "timeline event %d set aside", event.id());
        store.setAside(rulesVersion, event.id(), reason(e));
    }

    private TimelineStore.NewSource assign(StoredEvent event, EventMerger.Source source, Set<String> searchKeys,
                                           List<EventMerger.Candidate> stored, Map<Long, TimelineEntry> entries,
                                           Map<Long, EventMerger.Candidate> touched) {
        List<EventMerger.Candidate> candidates = new ArrayList<>(touched.values());
        for (EventMerger.Candidate entry : stored) {
            EventMerger.Candidate inBatch = touched.get(entry.id());
            if (inBatch == null) {
                candidates.add(entry);
            } else if (entry.cites(event.articleId()) && !inBatch.cites(event.articleId())) {
                candidates.set(candidates.indexOf(inBatch), inBatch.citing(event.articleId()));
            }
        }
        EventMerger.Candidate match = EventMerger.match(source, candidates);
        TimelineEntry entry;
        EventMerger.Candidate joined;
        if (match == null) {
            entry = newEntry(event, source, searchKeys);
            joined = EventMerger.Candidate.of(entry.id, source);
        } else {
            entry = entries.computeIfAbsent(match.id(), id -> TimelineEntry.findById(id));
            joined = match.with(source);
            join(entry, match, event, source, searchKeys);
        }
        entries.put(entry.id, entry);
        touched.put(entry.id, joined);
        return new TimelineStore.NewSource(event.id(), entry.id, event.articleId(), source.summary(), source.terms().stored());
    }

    /** The first event that is still unassigned (the one a failed transaction stopped on), set aside. */
    private int setAsideNext(RuntimeException failure) {
        if (!store.tryWorkerLock(rulesVersion)) {
            return 0;
        }
        feed.ensureCursor(rulesVersion);
        List<StoredEvent> next = feed.newEvents(rulesVersion, 1);
        if (next.isEmpty()) {
            return 0;
        }
        LOG.warnf(failure, "timeline event %d set aside", next.get(0).id());
        store.setAside(rulesVersion, next.get(0).id(), reason(failure));
        feed.advance(rulesVersion, next.get(0));
        return 1;
    }

    private static String reason(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private TimelineEntry newEntry(StoredEvent event, EventMerger.Source source, Set<String> searchKeys) {
        TimelineEntry entry = new TimelineEntry();
        entry.rulesVersion = rulesVersion;
        entry.dateValue = event.dateValue();
        entry.granularity = event.granularity();
        entry.dateStart = event.start();
        entry.dateEnd = event.end();
        entry.summary = source.summary();
        entry.leadEventId = event.id();
        entry.entities = event.entities().toArray(String[]::new);
        entry.searchText = event.sentence() + "\n" + String.join(" ", event.entities());
        entry.searchKeys = searchKeys.toArray(String[]::new);
        entry.updatedAt = Instant.now();
        entry.persist();
        return entry;
    }

    /**
     * The entry after an event joined: a finer date makes the event its lead (its date, its summary);
     * a coarser or equal one leaves date and lead alone, so that no source is shown with a date it did
     * not give. Entities, text and search keys take the event's in.
     */
    private static void join(TimelineEntry entry, EventMerger.Candidate before, StoredEvent event, EventMerger.Source source,
                             Set<String> searchKeys) {
        if (before.refinedBy(source)) {
            entry.dateValue = event.dateValue();
            entry.granularity = event.granularity();
            entry.dateStart = event.start();
            entry.dateEnd = event.end();
            entry.summary = source.summary();
            entry.leadEventId = event.id();
        }
        Set<String> entities = new LinkedHashSet<>(List.of(entry.entities));
        entities.addAll(event.entities());
        entry.entities = entities.toArray(String[]::new);
        Set<String> keys = new LinkedHashSet<>(List.of(entry.searchKeys));
        keys.addAll(searchKeys);
        entry.searchKeys = keys.toArray(String[]::new);
        if (entry.searchText.length() < SEARCH_TEXT_CHARS) {
            entry.searchText = entry.searchText + "\n" + event.sentence() + "\n" + String.join(" ", event.entities());
        }
        entry.updatedAt = Instant.now();
    }
}
