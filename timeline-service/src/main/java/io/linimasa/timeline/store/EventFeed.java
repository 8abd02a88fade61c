package io.linimasa.timeline.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the worker of one rules version reads from ingest's events, in commit order after its cursor
 * (timeline.worker_cursor): the events stored since, and the events retired since (re-normalisation
 * took them back). Every transaction below the oldest one still running has finished, so nothing
 * can appear behind the cursor later; ids alone could not tell that (a replica's block of sequence
 * values may be used after others wrote higher ones). Events the cursor has passed come back through
 * timeline.event_requeue: re-driven set-aside events, and the remaining events of an entry that lost one.
 */
@ApplicationScoped
public class EventFeed {

    private static final String EVENT_COLUMNS = """
            SELECT e.id, e.article_id, e.date_value, e.granularity, e.date_start, e.date_end, e.expression, e.sentence,
                   a.language, e.entities,
                   ARRAY(SELECT ae.name FROM ingest.article_entity ae WHERE ae.article_id = e.article_id
                         ORDER BY ae.mentions DESC, ae.ordinal LIMIT ?2) AS article_entities
            FROM ingest.article_event e JOIN ingest.article a ON a.id = e.article_id
            """;
    private static final String CURSOR = """
            COALESCE((SELECT (c.%s, c.%s) FROM timeline.worker_cursor c WHERE c.rules_version = ?%d), ('0'::xid8, 0::bigint))""";
    private static final String BELOW_HORIZON = "pg_snapshot_xmin(pg_current_snapshot())";

    private final EntityManager em;

    public EventFeed(EntityManager em) {
        this.em = em;
    }

    /** A rules version reads from the first event: its cursor is made when it first runs. */
    public void ensureCursor(int rulesVersion) {
        em.createNativeQuery("""
                INSERT INTO timeline.worker_cursor (rules_version, xid, event_id, retired_xid, retired_event_id)
                VALUES (?1, '0'::xid8, 0, '0'::xid8, 0) ON CONFLICT (rules_version) DO NOTHING""")
                .setParameter(1, rulesVersion).executeUpdate();
    }

    /** Dated events stored after this version's cursor that no entry of it cites yet, in commit order. */
    @SuppressWarnings("unchecked")
    public List<StoredEvent> newEvents(int rulesVersion, int limit) {
        return events(em.createNativeQuery(EVENT_COLUMNS + """
                WHERE e.date_start IS NOT NULL
                  AND (e.created_xid, e.id) > %s
                  AND e.created_xid < %s
                  AND NOT EXISTS (SELECT 1 FROM timeline.timeline_source s WHERE s.rules_version = ?3 AND s.event_id = e.id)
                ORDER BY e.created_xid, e.id
                LIMIT ?1""".formatted(CURSOR.formatted("xid", "event_id", 3), BELOW_HORIZON))
                .setParameter(1, limit).setParameter(2, StoredEvent.ARTICLE_ENTITIES).setParameter(3, rulesVersion)
                .getResultList());
    }

    /** Whether this version has read every event stored and retired, and has none queued again. */
    public boolean caughtUp(int rulesVersion) {
        return (Boolean) em.createNativeQuery("""
                SELECT NOT EXISTS (SELECT 1 FROM ingest.article_event e WHERE e.date_start IS NOT NULL AND (e.created_xid, e.id) > %s)
                   AND NOT EXISTS (SELECT 1 FROM ingest.article_event_retired r WHERE (r.retired_xid, r.event_id) > %s)
                   AND NOT EXISTS (SELECT 1 FROM timeline.event_requeue q WHERE q.rules_version = ?1)"""
                .formatted(CURSOR.formatted("xid", "event_id", 1), CURSOR.formatted("retired_xid", "retired_event_id", 1)))
                .setParameter(1, rulesVersion).getSingleResult();
    }

    /** Moves this version's cursor past the last new event it read. */
    public void advance(int rulesVersion, StoredEvent last) {
        em.createNativeQuery("""
                UPDATE timeline.worker_cursor c SET xid = e.created_xid, event_id = e.id
                FROM ingest.article_event e
                WHERE c.rules_version = ?1 AND e.id = ?2 AND (c.xid, c.event_id) < (e.created_xid, e.id)""")
                .setParameter(1, rulesVersion).setParameter(2, last.id()).executeUpdate();
    }

    /** Events the cursor has passed that were queued again for this version, taken off the queue. */
    @SuppressWarnings("unchecked")
    public List<StoredEvent> requeuedEvents(int rulesVersion, int limit) {
        List<Object> ids = em.createNativeQuery("""
                DELETE FROM timeline.event_requeue WHERE (rules_version, event_id) IN (
                    SELECT rules_version, event_id FROM timeline.event_requeue WHERE rules_version = ?1 ORDER BY event_id LIMIT ?2)
                RETURNING event_id""").setParameter(1, rulesVersion).setParameter(2, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return events(em.createNativeQuery(EVENT_COLUMNS + """
                WHERE e.id = ANY(?1) AND e.date_start IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM timeline.timeline_source s WHERE s.rules_version = ?3 AND s.event_id = e.id)
                ORDER BY e.id""").setParameter(1, ids.stream().map(id -> ((Number) id).longValue()).toArray(Long[]::new))
                .setParameter(2, StoredEvent.ARTICLE_ENTITIES).setParameter(3, rulesVersion).getResultList());
    }

    /**
     * Takes the events retired since this version's cursor out of its entries: an entry that cited one
     * is removed, and its other events are queued again, so that the entry is built anew from what its
     * sources still say (its date and summary may have come from the retired event). Returns how many
     * events were retired.
     */
    @SuppressWarnings("unchecked")
    public int retire(int rulesVersion, int limit) {
        List<Object[]> retired = em.createNativeQuery("""
                SELECT r.event_id, r.retired_xid::text FROM ingest.article_event_retired r
                WHERE (r.retired_xid, r.event_id) > %s AND r.retired_xid < %s
                ORDER BY r.retired_xid, r.event_id LIMIT ?1""".formatted(CURSOR.formatted("retired_xid", "retired_event_id", 2),
                BELOW_HORIZON)).setParameter(1, limit).setParameter(2, rulesVersion).getResultList();
        if (retired.isEmpty()) {
            return 0;
        }
        Long[] eventIds = retired.stream().map(r -> ((Number) r[0]).longValue()).toArray(Long[]::new);
        Set<Long> entries = new LinkedHashSet<>();
        for (Object id : (List<Object>) em.createNativeQuery("""
                SELECT DISTINCT entry_id FROM timeline.timeline_source WHERE rules_version = ?1 AND event_id = ANY(?2)""")
                .setParameter(1, rulesVersion).setParameter(2, eventIds).getResultList()) {
            entries.add(((Number) id).longValue());
        }
        Long[] entryIds = entries.toArray(Long[]::new);
        em.createNativeQuery("""
                INSERT INTO timeline.event_requeue (rules_version, event_id)
                SELECT rules_version, event_id FROM timeline.timeline_source
                WHERE rules_version = ?1 AND entry_id = ANY(?2) AND NOT event_id = ANY(?3)
                ON CONFLICT DO NOTHING""").setParameter(1, rulesVersion).setParameter(2, entryIds).setParameter(3, eventIds)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM timeline.timeline_source WHERE rules_version = ?1 AND entry_id = ANY(?2)")
                .setParameter(1, rulesVersion).setParameter(2, entryIds).executeUpdate();
        em.createNativeQuery("DELETE FROM timeline.timeline_entry WHERE rules_version = ?1 AND id = ANY(?2)")
                .setParameter(1, rulesVersion).setParameter(2, entryIds).executeUpdate();
        em.createNativeQuery("DELETE FROM timeline.event_set_aside WHERE rules_version = ?1 AND event_id = ANY(?2)")
                .setParameter(1, rulesVersion).setParameter(2, eventIds).executeUpdate();
        Object[] last = retired.get(retired.size() - 1);
        em.createNativeQuery("""
                UPDATE timeline.worker_cursor SET retired_xid = CAST(?2 AS xid8), retired_event_id = ?3 WHERE rules_version = ?1""")
                .setParameter(1, rulesVersion).setParameter(2, (String) last[1]).setParameter(3, ((Number) last[0]).longValue())
                .executeUpdate();
        return retired.size();
    }

    private static List<StoredEvent> events(List<Object[]> rows) {
        List<StoredEvent> events = new ArrayList<>();
        for (Object[] r : rows) {
            events.add(new StoredEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    Columns.localDate(r[4]), Columns.localDate(r[5]), (String) r[6], (String) r[7], (String) r[8],
                    Columns.strings(r[9]), Columns.strings(r[10])));
        }
        return events;
    }
}
