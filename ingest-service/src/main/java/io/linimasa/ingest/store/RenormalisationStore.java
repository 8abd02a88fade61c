package io.linimasa.ingest.store;

import static io.linimasa.ingest.store.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Re-normalisation runs (table renormalisation) and the stored pages a run reads, a batch at a time. */
@ApplicationScoped
public class RenormalisationStore {

    public enum State { RUNNING, DONE }

    public record Run(long id, State state, Instant requestedAt, Instant finishedAt, String afterId, long total, long done,
                      long changed, long failed, String lastError) {
    }

    /** A stored page as it was sent: what the normaliser reads again. */
    public record StoredPage(String id, boolean html, String content, String url, String sourceName, Instant fetchedAt) {
    }

    private static final String COLUMNS = "SELECT id, state, requested_at, finished_at, after_id, total, done, changed, failed, last_error "
            + "FROM ingest.renormalisation ";

    private final EntityManager em;

    public RenormalisationStore(EntityManager em) {
        this.em = em;
    }

    /** Starts a run over every stored article, unless one runs already; returns the running one. */
    public Run request() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('linimasa.renormalise.request'))").getSingleResult();
        return running().orElseGet(() -> {
            long id = ((Number) em.createNativeQuery("""
                    INSERT INTO ingest.renormalisation (state, requested_at, total)
                    VALUES ('RUNNING', now(), (SELECT count(*) FROM ingest.article)) RETURNING id""").getSingleResult()).longValue();
            return find(id).orElseThrow();
        });
    }

    /** The running run, locked for this transaction; empty when none runs or another replica holds it. */
    public Optional<Run> lockRunning() {
        return first(COLUMNS + "WHERE state = 'RUNNING' FOR UPDATE SKIP LOCKED");
    }

    public Optional<Run> running() {
        return first(COLUMNS + "WHERE state = 'RUNNING'");
    }

    public Optional<Run> find(long id) {
        return first(COLUMNS + "WHERE id = " + id);
    }

    public List<Run> recent(int limit) {
        return list(COLUMNS + "ORDER BY id DESC LIMIT " + limit);
    }

    /** The next stored pages after the cursor, in id order. */
    @SuppressWarnings("unchecked")
    public List<StoredPage> pagesAfter(String afterId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, raw_kind, raw_content, url, source_name, fetched_at FROM ingest.article
                WHERE id > ?1 ORDER BY id LIMIT ?2""").setParameter(1, afterId).setParameter(2, limit).getResultList();
        List<StoredPage> pages = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            pages.add(new StoredPage((String) r[0], "html".equals(r[1]), (String) r[2], (String) r[3], (String) r[4], instant(r[5])));
        }
        return pages;
    }

    /** Records a batch: the cursor moves to its last page; DONE when it was the last batch. */
    public void recordBatch(long run, String lastId, int done, int changed, int failed, String lastError, boolean finished) {
        em.createNativeQuery("""
                UPDATE ingest.renormalisation SET after_id = ?2, done = done + ?3, changed = changed + ?4, failed = failed + ?5,
                    last_error = COALESCE(?6, last_error), state = CASE WHEN ?7 THEN 'DONE' ELSE state END,
                    finished_at = CASE WHEN ?7 THEN now() ELSE finished_at END
                WHERE id = ?1""").setParameter(1, run).setParameter(2, lastId).setParameter(3, done).setParameter(4, changed)
                .setParameter(5, failed).setParameter(6, lastError).setParameter(7, finished).executeUpdate();
    }

    private Optional<Run> first(String sql) {
        List<Run> runs = list(sql);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    @SuppressWarnings("unchecked")
    private List<Run> list(String sql) {
        List<Run> runs = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).getResultList()) {
            runs.add(new Run(((Number) r[0]).longValue(), State.valueOf((String) r[1]), instant(r[2]), instant(r[3]), (String) r[4],
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(), (String) r[9]));
        }
        return runs;
    }
}
