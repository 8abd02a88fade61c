package io.linimasa.ingest.index;

import io.agroal.api.AgroalDataSource;
import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.ingest.store.IndexBuildStore;
import io.linimasa.ingest.store.IndexBuildStore.Build;
import io.linimasa.ingest.store.IndexBuildStore.State;
import io.linimasa.ingest.store.OutboxStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Builds the index from PostgreSQL, the source of truth: a new index of this replica's mapping
 * version, filled in id order batch by batch, then the alias swapped atomically, so search never
 * sees a half-built index.
 *
 * <ul>
 * <li>One build at a time in the whole deployment: a session lock on a connection of its own, so
 *     that a replica that dies releases it, and no transaction stays open for the whole build.</li>
 * <li>Nothing is missed: from the moment the build is marked BUILDING (under the exclusive write
 *     lock, see {@link IndexBuildStore}), every drain writes each article into the new index too; what
 *     was stored before is in the scan. The swap takes the exclusive lock again.</li>
 * <li>A mapping version rolls out once: a replica whose mapping is older than the newest live build
 *     never builds (and never writes, see {@link OutboxIndexer}).</li>
 * <li>A failed build is recorded with its error (GET /api/index/builds, the rebuild gauge) and tried
 *     again after a pause that doubles with each failure in a row.</li>
 * </ul>
 */
@ApplicationScoped
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);
    private static final int BATCH = 500;
    private static final int TRANSIENT_RETRIES = 5;
    private static final long LOCK_KEY = 0x11A1_0001L;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

    private final ArticleIndex index;
    private final DocumentLoader documents;
    private final IndexBuildStore builds;
    private final OutboxStore outbox;
    private final AgroalDataSource dataSource;
    private final int version;

    public IndexRebuilder(ArticleIndex index, DocumentLoader documents, IndexBuildStore builds, OutboxStore outbox,
                          AgroalDataSource dataSource, IngestConfig config) {
        this.index = index;
        this.documents = documents;
        this.builds = builds;
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.version = config.index().version();
    }

    @Scheduled(every = "${linimasa.index.build-check-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void buildWhenNeeded() {
        try {
            buildIfNeeded();
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warnf("index build not started: %s", e.getMessage());
        }
    }

    /** Asks for a build of this replica's mapping version (or returns the one asked for or running). */
    public Build request() {
        return QuarkusTransaction.requiringNew().call(() -> builds.request(version));
    }

    /** Builds when one was asked for or the index is not of this mapping version; returns the build it ran. */
    public Optional<Build> buildIfNeeded() throws IOException, SQLException {
        if (!needed()) {
            return Optional.empty();
        }
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                return Optional.empty(); // another replica builds
            }
            try {
                if (!needed()) {
                    return Optional.empty();
                }
                Build build = QuarkusTransaction.requiringNew().call(() -> {
                    // A build left BUILDING while nobody holds the lock: its replica stopped.
                    builds.latest().filter(b -> b.state() == State.BUILDING)
                            .ifPresent(b -> builds.markFailed(b.id(), "the replica building it stopped"));
                    return builds.request(version);
                });
                return Optional.of(run(build));
            } finally {
                unlock(lock);
            }
        }
    }

    private boolean needed() throws IOException {
        record Seen(Optional<Build> live, Optional<Build> latest, boolean requested, int failures) {
        }
        Seen seen = QuarkusTransaction.requiringNew().call(() -> new Seen(builds.latestLive(), builds.latest(),
                builds.nextRequested().isPresent(), builds.failuresInARow()));
        if (seen.live().isPresent() && seen.live().get().mappingVersion() > version) {
            return false; // a newer mapping is rolling out: its replicas build
        }
        if (seen.latest().isPresent() && seen.latest().get().state() == State.FAILED) {
            Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(seen.failures() - 1, 10));
            Instant again = seen.latest().get().finishedAt().plus(pause.compareTo(LONGEST_RETRY) < 0 ? pause : LONGEST_RETRY);
            if (Instant.now().isBefore(again)) {
                return false;
            }
        }
        if (seen.requested()) {
            return true;
        }
        boolean done = seen.live().isPresent() && seen.live().get().state() == State.DONE
                && seen.live().get().mappingVersion() == version;
        return !done || !index.aliasAtThisVersion();
    }

    private Build run(Build build) {
        String target = index.newIndexName();
        long count = 0;
        try {
            index.createIndex(target);
            QuarkusTransaction.requiringNew().run(() -> {
                builds.lockWritesExclusive();
                builds.markBuilding(build.id(), target);
            });
            LOG.infof("index %s: building from PostgreSQL (build %d)", target, build.id());
            String after = "";
            while (true) {
                Map<String, String> unreadable = new HashMap<>();
                String from = after;
                List<ArticleDocument> batch = QuarkusTransaction.requiringNew().call(() -> documents.after(from, BATCH, unreadable));
                if (batch.isEmpty() && unreadable.isEmpty()) {
                    break;
                }
                Map<String, String> refused = new HashMap<>(unreadable);
                refused.putAll(write(batch, target));
                if (!refused.isEmpty()) {
                    QuarkusTransaction.requiringNew().run(() -> refused.forEach(outbox::setAsideArticle));
                }
                count += batch.size() + unreadable.size();
                after = lastId(batch, unreadable, after);
                long progress = count;
                QuarkusTransaction.requiringNew().run(() -> builds.progress(build.id(), progress));
            }
            index.refresh(target);
            long total = count;
            List<String> previous = QuarkusTransaction.requiringNew().call(() -> {
                builds.lockWritesExclusive();
                List<String> left = index.swapAliasTo(target);
                builds.markDone(build.id(), total);
                return left;
            });
            for (String old : previous) {
                index.deleteIndex(old);
            }
            int redriven = QuarkusTransaction.requiringNew().call(outbox::redrive);
            LOG.infof("index %s built from PostgreSQL with %d articles; alias %s moved to it%s", target, count, index.alias(),
                    redriven > 0 ? "; " + redriven + " set-aside documents re-driven" : "");
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "index build %d failed", build.id());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> builds.markFailed(build.id(), error));
            try {
                index.deleteIndex(target);
            } catch (IOException | RuntimeException cleanup) {
                LOG.debugf("index %s left behind: %s", target, cleanup.getMessage());
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> builds.find(build.id()).orElseThrow());
    }

    /** Writes one batch into the new index; returns what was refused for good, by article id. */
    private Map<String, String> write(List<ArticleDocument> batch, String target) throws IOException {
        Map<String, String> refused = new HashMap<>();
        List<ArticleDocument> pending = batch;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            Map<String, BulkOutcome> outcomes = index.write(pending, List.of(target));
            List<ArticleDocument> again = new ArrayList<>();
            for (ArticleDocument doc : pending) {
                BulkOutcome outcome = outcomes.get(doc.id());
                if (outcome.kind() == BulkOutcome.Kind.PERMANENT) {
                    refused.put(doc.id(), outcome.reason());
                } else if (outcome.kind() != BulkOutcome.Kind.INDEXED) {
                    again.add(doc);
                }
            }
            if (!again.isEmpty() && attempt >= TRANSIENT_RETRIES) {
                throw new IOException(again.size() + " documents still refused after " + attempt + " tries: "
                        + outcomes.get(again.get(0).id()).reason());
            }
            pending = again;
            if (!pending.isEmpty()) {
                sleep(Duration.ofMillis(200L << attempt));
            }
        }
        return refused;
    }

    private static String lastId(List<ArticleDocument> batch, Map<String, String> unreadable, String after) {
        String last = after;
        for (ArticleDocument doc : batch) {
            last = doc.id().compareTo(last) > 0 ? doc.id() : last;
        }
        for (String id : unreadable.keySet()) {
            last = id.compareTo(last) > 0 ? id : last;
        }
        return last;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
