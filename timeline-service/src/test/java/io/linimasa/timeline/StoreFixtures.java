package io.linimasa.timeline;

import io.linimasa.timeline.service.ClusterWorker;
import io.linimasa.timeline.service.EventMerger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Writes what ingest-service would have stored: articles, their entities and their events. */
final class StoreFixtures {

    private final EntityManager em;

    StoreFixtures(EntityManager em) {
        this.em = em;
    }

    /**
     * Assigns every stored event: the scheduled worker may hold the lock when a test calls
     * assignBatch itself (which then assigns nothing), so this waits until no dated event is left.
     */
    static void assignAll(ClusterWorker worker, EntityManager em) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            worker.assignBatch();
            long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                    SELECT count(*) FROM ingest.article_event e
                    WHERE e.date_start IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM timeline.timeline_source s
                                      WHERE s.rules_version = ?1 AND s.event_id = e.id)
                      AND NOT EXISTS (SELECT 1 FROM timeline.event_set_aside x
                                      WHERE x.rules_version = ?1 AND x.event_id = e.id)""")
                    .setParameter(1, worker.rulesVersion()).getSingleResult()).longValue());
            if (left == 0) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(left + " events still without an entry");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Empties the stores and makes the current rules the active ones; holds the worker's lock
     * meanwhile, so no scheduled batch reads what is being truncated.
     */
    void clear() {
        lockWorker();
        em.createNativeQuery("TRUNCATE ingest.article CASCADE").executeUpdate();
        em.createNativeQuery("TRUNCATE ingest.article_event_retired").executeUpdate();
        em.createNativeQuery("TRUNCATE timeline.timeline_entry, timeline.timeline_source, timeline.event_set_aside, timeline.worker_cursor, timeline.event_requeue").executeUpdate();
        em.createNativeQuery("UPDATE timeline.merge_state SET active_version = ?1").setParameter(1, EventMerger.VERSION)
                .executeUpdate();
    }

    /** Holds the worker's lock (of the current rules) for the rest of the transaction. */
    void lockWorker() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('linimasa.timeline.worker'), ?1)")
                .setParameter(1, EventMerger.VERSION).getSingleResult();
    }

    /** An Indonesian article. */
    void article(String id, String title, String outlet, String publishedAt, String offset) {
        article(id, title, outlet, publishedAt, offset, "https://example.org/" + id);
    }

    /** An Indonesian article. */
    void article(String id, String title, String outlet, String publishedAt, String offset, String url) {
        article(id, "id", title, outlet, publishedAt, offset, url);
    }

    void article(String id, String language, String title, String outlet, String publishedAt, String offset, String url) {
        em.createNativeQuery("""
                INSERT INTO ingest.article (id, raw_kind, raw_content, content_hash, title, published_at, published_offset,
                    outlet, authors, editors, language, body, url, ingested_at)
                VALUES (?1, 'text', 'raw', ?1, ?2, CAST(?3 AS timestamptz), ?4, ?5, '{}', '{}', ?7, 'body', ?6, now())""")
                .setParameter(1, id).setParameter(2, title).setParameter(3, publishedAt).setParameter(4, offset)
                .setParameter(5, outlet).setParameter(6, url).setParameter(7, language)
                .executeUpdate();
    }

    void entity(String articleId, int ordinal, String name, int mentions) {
        em.createNativeQuery("""
                INSERT INTO ingest.article_entity (article_id, ordinal, name, type, mentions)
                VALUES (?1, ?2, ?3, 'LOCATION', ?4)""")
                .setParameter(1, articleId).setParameter(2, ordinal).setParameter(3, name).setParameter(4, mentions)
                .executeUpdate();
    }

    /** An event whose expression the tests do not name: its summary is read from the whole sentence. */
    void event(String articleId, int ordinal, String date, String granularity, String start, String end,
               String sentence, String... entities) {
        expressed(articleId, ordinal, date, granularity, start, end, "", sentence, entities);
    }

    /** Re-normalisation took the article's events back (ingest records them as retired, then deletes them). */
    void retireEvents(String articleId) {
        em.createNativeQuery("""
                INSERT INTO ingest.article_event_retired (event_id, article_id)
                SELECT id, article_id FROM ingest.article_event WHERE article_id = ?1""").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("DELETE FROM ingest.article_event WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
    }

    /** An event with its date expression as the normaliser found it in the sentence. */
    void expressed(String articleId, int ordinal, String date, String granularity, String start, String end,
               String expression, String sentence, String... entities) {
        em.createNativeQuery("""
                INSERT INTO ingest.article_event (article_id, ordinal, date_value, granularity, date_start, date_end,
                    expression, sentence, entities)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS date), CAST(?6 AS date), ?7, ?8, ?9)""")
                .setParameter(1, articleId).setParameter(2, ordinal).setParameter(3, date).setParameter(4, granularity)
                .setParameter(5, start).setParameter(6, end).setParameter(7, expression).setParameter(8, sentence)
                .setParameter(9, entities)
                .executeUpdate();
    }
}
