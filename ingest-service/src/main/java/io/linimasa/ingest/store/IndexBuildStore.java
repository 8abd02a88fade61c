package io.linimasa.ingest.store;

import static io.linimasa.ingest.store.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index builds every replica sees (table index_build), and the lock that orders writes around
 * a build's two turning points: a drain holds it shared for its transaction, a build takes it
 * exclusively to start (so that every drain after that writes into the new index as well) and to
 * swap the alias (so that no drain writes while the alias moves).
 */
@ApplicationScoped
public class IndexBuildStore {

    public enum State { REQUESTED, BUILDING, DONE, FAILED }

    public record Build(long id, int mappingVersion, State state, String target, Instant requestedAt, Instant startedAt,
                        Instant finishedAt, long articles, String error) {
    }

    private static final String KEY = "hashtext('linimasa.index.writes')";
    private static final String COLUMNS = "SELECT id, mapping_version, state, target, requested_at, started_at, finished_at, articles, error "
            + "FROM ingest.index_build ";

    private final EntityManager em;

    public IndexBuildStore(EntityManager em) {
        this.em = em;
    }

    /** For a drain: shared with other drains, waits while a build starts or swaps. */
    public void lockWritesShared() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(" + KEY + ")").getSingleResult();
    }

    /** For a build's turning points: waits for the drains under way, holds the others off until commit. */
    public void lockWritesExclusive() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
    }

    /** The newest build that is running or done: what decides where writes go and which mapping is current. */
    public Optional<Build> latestLive() {
        return first(COLUMNS + "WHERE state IN ('BUILDING', 'DONE') ORDER BY id DESC LIMIT 1");
    }

    /** The newest build of any state. */
    public Optional<Build> latest() {
        return first(COLUMNS + "ORDER BY id DESC LIMIT 1");
    }

    /** The oldest build requested and not yet started. */
    public Optional<Build> nextRequested() {
        return first(COLUMNS + "WHERE state = 'REQUESTED' ORDER BY id LIMIT 1");
    }

    public Optional<Build> find(long id) {
        return first(COLUMNS + "WHERE id = " + id);
    }

    public List<Build> recent(int limit) {
        return list(COLUMNS + "ORDER BY id DESC LIMIT " + limit);
    }

    /** How many builds failed since the last one that succeeded: how long to wait before the next try. */
    public int failuresInARow() {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM ingest.index_build
                WHERE state = 'FAILED' AND id > COALESCE((SELECT max(id) FROM ingest.index_build WHERE state = 'DONE'), 0)""")
                .getSingleResult()).intValue();
    }

    /** Asks for a build of this mapping version, unless one is already asked for or running; returns that build. */
    public Build request(int mappingVersion) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('linimasa.index.request'))").getSingleResult();
        Optional<Build> pending = first(COLUMNS + "WHERE state IN ('REQUESTED', 'BUILDING') ORDER BY id DESC LIMIT 1");
        if (pending.isPresent()) {
            return pending.get();
        }
        Number id = (Number) em.createNativeQuery("""
                INSERT INTO ingest.index_build (mapping_version, state, requested_at) VALUES (?1, 'REQUESTED', now()) RETURNING id""")
                .setParameter(1, mappingVersion).getSingleResult();
        return find(id.longValue()).orElseThrow();
    }

    public void markBuilding(long id, String target) {
        update(id, "state = 'BUILDING', target = ?2, started_at = now()", target);
    }

    public void progress(long id, long articles) {
        em.createNativeQuery("UPDATE ingest.index_build SET articles = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, articles).executeUpdate();
    }

    public void markDone(long id, long articles) {
        em.createNativeQuery("UPDATE ingest.index_build SET state = 'DONE', articles = ?2, finished_at = now() WHERE id = ?1")
                .setParameter(1, id).setParameter(2, articles).executeUpdate();
    }

    public void markFailed(long id, String error) {
        update(id, "state = 'FAILED', error = ?2, finished_at = now()", error.length() > 2000 ? error.substring(0, 2000) : error);
    }

    private void update(long id, String set, String value) {
        em.createNativeQuery("UPDATE ingest.index_build SET " + set + " WHERE id = ?1")
                .setParameter(1, id).setParameter(2, value).executeUpdate();
    }

    private Optional<Build> first(String sql) {
        return list(sql).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Build> list(String sql) {
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        List<Build> builds = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            builds.add(new Build(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), State.valueOf((String) r[2]),
                    (String) r[3], instant(r[4]), instant(r[5]), instant(r[6]), ((Number) r[7]).longValue(), (String) r[8]));
        }
        return builds;
    }
}
