package io.linimasa.ingest.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.linimasa.ingest.store.SqlValues.instant;

/**
 * The outbox of articles on their way to Elasticsearch: rows are taken with FOR UPDATE SKIP LOCKED
 * (so that several replicas share the work), each keeps its own attempts and next attempt time, and
 * a row Elasticsearch refuses for good is set aside with the reason instead of blocking the others.
 */
@ApplicationScoped
public class OutboxStore {

    /** A row due for indexing. */
    public record Due(long id, String articleId, int attempts) {
    }

    /** A row set aside: which article, why, after how many attempts, since when. */
    public record SetAside(String articleId, int attempts, String reason, Instant setAsideAt) {
    }

    /** Rows waiting (due or later), the creation time of the oldest, and rows set aside. */
    public record Backlog(long waiting, Instant oldestCreatedAt, long setAside) {
    }

    private final EntityManager em;

    public OutboxStore(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} due rows, locked for this transaction; rows another replica holds are skipped. */
    @SuppressWarnings("unchecked")
    public List<Due> takeDue(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, article_id, attempts FROM ingest.index_outbox
                        WHERE set_aside_at IS NULL AND next_attempt_at <= now()
                        ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, limit).getResultList();
        List<Due> due = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            due.add(new Due(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue()));
        }
        return due;
    }

    public void delete(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("DELETE FROM ingest.index_outbox WHERE id = ANY(?1)")
                    .setParameter(1, ids.toArray(Long[]::new)).executeUpdate();
        }
    }

    /** Counts an attempt on each row and puts it off until its own next attempt time. */
    public void retryLater(List<Long> ids, List<Instant> nextAttempts, List<String> errors) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        UPDATE ingest.index_outbox o SET attempts = o.attempts + 1, next_attempt_at = r.next, last_error = r.error
                        FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS timestamptz[]), CAST(?3 AS text[])) AS r(id, next, error)
                        WHERE o.id = r.id""")
                .setParameter(1, ids.toArray(Long[]::new))
                .setParameter(2, nextAttempts.stream().map(Timestamp::from).toArray(Timestamp[]::new))
                .setParameter(3, errors.toArray(String[]::new))
                .executeUpdate();
    }

    /** Sets rows aside with their reasons: they wait for an operator (or a rebuild) to re-drive them. */
    public void setAside(List<Long> ids, List<String> errors) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        UPDATE ingest.index_outbox o SET attempts = o.attempts + 1, set_aside_at = now(), last_error = r.error
                        FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS text[])) AS r(id, error)
                        WHERE o.id = r.id""")
                .setParameter(1, ids.toArray(Long[]::new))
                .setParameter(2, errors.toArray(String[]::new))
                .executeUpdate();
    }

    /** Sets an article aside that a rebuild could not index (it has no outbox row of its own then). */
    public void setAsideArticle(String articleId, String error) {
        em.createNativeQuery("""
                        INSERT INTO ingest.index_outbox (article_id, attempts, created_at, next_attempt_at, set_aside_at, last_error)
                        VALUES (?1, 1, now(), now(), now(), ?2)""")
                .setParameter(1, articleId).setParameter(2, error).executeUpdate();
    }

    /** The rows set aside, newest first. */
    @SuppressWarnings("unchecked")
    public List<SetAside> setAside(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT article_id, attempts, last_error, set_aside_at FROM ingest.index_outbox
                        WHERE set_aside_at IS NOT NULL ORDER BY set_aside_at DESC, id LIMIT ?1""")
                .setParameter(1, limit).getResultList();
        List<SetAside> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new SetAside((String) r[0], ((Number) r[1]).intValue(), (String) r[2], instant(r[3])));
        }
        return result;
    }

    /** Gives every set-aside row another chance now; returns how many. */
    public int redrive() {
        return em.createNativeQuery("""
                        UPDATE ingest.index_outbox SET set_aside_at = NULL, attempts = 0, next_attempt_at = now()
                        WHERE set_aside_at IS NOT NULL""").executeUpdate();
    }

    public Backlog backlog() {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE set_aside_at IS NULL), min(created_at) FILTER (WHERE set_aside_at IS NULL),
                       count(*) FILTER (WHERE set_aside_at IS NOT NULL)
                FROM ingest.index_outbox""").getSingleResult();
        return new Backlog(((Number) r[0]).longValue(), instant(r[1]), ((Number) r[2]).longValue());
    }
}
