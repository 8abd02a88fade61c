package io.linimasa.ingest.index;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.ingest.store.IndexBuildStore;
import io.linimasa.ingest.store.IndexBuildStore.Build;
import io.linimasa.ingest.store.IndexBuildStore.State;
import io.linimasa.ingest.store.OutboxStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Drains the outbox into Elasticsearch, batch by batch, each in one transaction that holds the write
 * lock shared (see {@link IndexBuildStore}): rows are taken with FOR UPDATE SKIP LOCKED, their
 * articles bulk-indexed through the alias (and into the index being built, while a build runs), and
 * each row is settled by its own document's outcome: indexed rows go, a document refused for now is
 * tried again later with its own backoff, and one refused for good is set aside with the reason, so
 * that no document can hold back the others. While Elasticsearch is away the whole drain backs off.
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class);

    private final ArticleIndex index;
    private final DocumentLoader documents;
    private final OutboxStore outbox;
    private final IndexBuildStore builds;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration maxBackoff;
    private final Counter transientRefusals;
    private final Counter permanentRefusals;
    private final Counter failedRequests;
    private Duration backoff = Duration.ZERO;
    private Instant nextAttempt = Instant.MIN;
    /** Whether the alias points at this version's index, as last seen for the live build of this id. */
    private long aliasCheckedFor = -1;
    private boolean aliasOk;
    private boolean olderLogged;

    public OutboxIndexer(ArticleIndex index, DocumentLoader documents, OutboxStore outbox, IndexBuildStore builds,
                         IngestConfig config, MeterRegistry registry) {
        this.index = index;
        this.documents = documents;
        this.outbox = outbox;
        this.builds = builds;
        this.batchSize = config.outbox().batchSize();
        this.maxAttempts = config.outbox().maxAttempts();
        this.maxBackoff = config.outbox().maxBackoff();
        this.transientRefusals = refusals(registry, "transient");
        this.permanentRefusals = refusals(registry, "permanent");
        this.failedRequests = refusals(registry, "request");
    }

    private static Counter refusals(MeterRegistry registry, String kind) {
        return Counter.builder("linimasa.index.bulk.failures").tag("kind", kind)
                .description("Documents Elasticsearch refused (transient: tried again; permanent: set aside), "
                        + "and bulk requests that failed as a whole").register(registry);
    }

    @Scheduled(every = "${linimasa.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        if (Instant.now().isBefore(nextAttempt)) {
            return;
        }
        try {
            while (drainBatch() == batchSize) {
                // a full batch: more may be waiting
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException e) {
            failedRequests.increment();
            backoff = backoff.isZero() ? Duration.ofSeconds(1) : min(backoff.multipliedBy(2), maxBackoff);
            nextAttempt = Instant.now().plus(backoff);
            LOG.warnf("indexing paused for %s: %s", backoff, e.getMessage());
        }
    }

    /** One batch in one transaction; returns how many outbox rows it settled. */
    int drainBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            builds.lockWritesShared();
            List<String> targets = targets(builds.latestLive());
            if (targets.isEmpty()) {
                return 0;
            }
            List<OutboxStore.Due> rows = outbox.takeDue(batchSize);
            if (rows.isEmpty()) {
                return 0;
            }
            Map<String, String> unreadable = new HashMap<>();
            List<String> ids = List.copyOf(new LinkedHashSet<>(rows.stream().map(OutboxStore.Due::articleId).toList()));
            List<ArticleDocument> docs = documents.load(ids, unreadable);
            Map<String, BulkOutcome> outcomes = index.write(docs, targets);
            unreadable.forEach((id, reason) -> outcomes.put(id, new BulkOutcome(BulkOutcome.Kind.PERMANENT, reason)));
            settle(rows, outcomes);
            return rows.size();
        });
    }

    /**
     * Where this batch goes: through the alias when a build of this mapping version is done, and also
     * into the new index while one builds; nowhere (the rows wait) before the first build, during a
     * build of an older mapping (this replica's own follows), or when the newest mapping is newer than
     * this replica's (its replicas index).
     */
    private List<String> targets(Optional<Build> live) throws IOException {
        if (live.isEmpty()) {
            return List.of();
        }
        Build build = live.get();
        if (build.mappingVersion() > index.version()) {
            if (!olderLogged) {
                LOG.infof("the index has a newer mapping (version %d) than this replica's (%d): its replicas index",
                        build.mappingVersion(), index.version());
                olderLogged = true;
            }
            return List.of();
        }
        if (build.mappingVersion() < index.version()) {
            return List.of();
        }
        if (build.state() == State.DONE) {
            return List.of(index.alias());
        }
        if (aliasCheckedFor != build.id()) {
            aliasOk = index.aliasAtThisVersion();
            aliasCheckedFor = build.id();
        }
        return aliasOk ? List.of(index.alias(), build.target()) : List.of(build.target());
    }

    private void settle(List<OutboxStore.Due> rows, Map<String, BulkOutcome> outcomes) {
        List<Long> done = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        List<Instant> laterAt = new ArrayList<>();
        List<String> laterWhy = new ArrayList<>();
        List<Long> aside = new ArrayList<>();
        List<String> asideWhy = new ArrayList<>();
        boolean aliasMissing = false;
        for (OutboxStore.Due row : rows) {
            BulkOutcome outcome = outcomes.get(row.articleId());
            if (outcome == null || outcome.kind() == BulkOutcome.Kind.INDEXED) {
                done.add(row.id()); // indexed, or the article is gone
                continue;
            }
            aliasMissing |= outcome.kind() == BulkOutcome.Kind.NO_ALIAS;
            if (outcome.kind() == BulkOutcome.Kind.PERMANENT || row.attempts() + 1 >= maxAttempts) {
                permanentRefusals.increment();
                aside.add(row.id());
                asideWhy.add(outcome.kind() == BulkOutcome.Kind.PERMANENT ? outcome.reason()
                        : "refused " + (row.attempts() + 1) + " times, last: " + outcome.reason());
            } else {
                transientRefusals.increment();
                later.add(row.id());
                laterAt.add(Instant.now().plus(min(Duration.ofSeconds(1L << Math.min(row.attempts(), 16)), maxBackoff)));
                laterWhy.add(outcome.reason());
            }
        }
        outbox.delete(done);
        outbox.retryLater(later, laterAt, laterWhy);
        outbox.setAside(aside, asideWhy);
        if (aliasMissing) {
            LOG.warnf("the alias %s is missing from Elasticsearch: the index is built again from PostgreSQL", index.alias());
            builds.request(index.version());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
