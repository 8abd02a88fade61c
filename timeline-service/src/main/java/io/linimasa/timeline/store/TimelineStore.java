package io.linimasa.timeline.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The plain-SQL side of the timeline: reading ingest's events and the joins of a timeline page,
 * which read better as SQL than as entity queries. User input only ever travels as parameters.
 */
@ApplicationScoped
public class TimelineStore {

    private final EntityManager em;

    public TimelineStore(EntityManager em) {
        this.em = em;
    }

    /** The version of the merge rules whose entries readers see. */
    public int activeVersion() {
        return ((Number) em.createNativeQuery("SELECT active_version FROM timeline.merge_state").getSingleResult()).intValue();
    }

    /**
     * Takes the worker lock of one rules version for this transaction; false when another replica of
     * that version holds it. Replicas of two versions (a rolling update) each build their own entries.
     */
    public boolean tryWorkerLock(int rulesVersion) {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('linimasa.timeline.worker'), ?1)")
                .setParameter(1, rulesVersion).getSingleResult();
    }

    /** A source an entry of this rules version now cites: the event, with its summary and terms. */
    public record NewSource(long eventId, long entryId, String articleId, String summary, List<String> terms) {
    }

    /**
     * Records the sources a batch assigned, in one JDBC batch; the entries they cite are flushed first
     * (the sources refer to them).
     */
    public void addSources(int rulesVersion, List<NewSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO timeline.timeline_source (rules_version, event_id, entry_id, article_id, summary, terms)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (NewSource s : sources) {
                    insert.setInt(1, rulesVersion);
                    insert.setLong(2, s.eventId());
                    insert.setLong(3, s.entryId());
                    insert.setString(4, s.articleId());
                    insert.setString(5, s.summary());
                    insert.setArray(6, connection.createArrayOf("text", s.terms().toArray()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Sets an event aside for this rules version, with the reason; a second failure counts another attempt. */
    public void setAside(int rulesVersion, long eventId, String reason) {
        em.createNativeQuery("""
                INSERT INTO timeline.event_set_aside (rules_version, event_id, reason, attempts, set_aside_at)
                VALUES (?1, ?2, ?3, 1, now())
                ON CONFLICT (rules_version, event_id)
                DO UPDATE SET reason = EXCLUDED.reason, attempts = timeline.event_set_aside.attempts + 1, set_aside_at = now()""")
                .setParameter(1, rulesVersion).setParameter(2, eventId).setParameter(3, reason).executeUpdate();
    }

    /** The events set aside, newest first. */
    @SuppressWarnings("unchecked")
    public List<SetAsideRow> setAsideEvents(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT x.rules_version, x.event_id, e.article_id, x.reason, x.attempts, x.set_aside_at
                FROM timeline.event_set_aside x LEFT JOIN ingest.article_event e ON e.id = x.event_id
                ORDER BY x.set_aside_at DESC, x.event_id LIMIT ?1""").setParameter(1, limit).getResultList();
        List<SetAsideRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new SetAsideRow(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), Columns.instant(r[5])));
        }
        return result;
    }

    /** Gives every set-aside event another chance (the worker's cursor has passed them: they are queued again); returns how many. */
    public int redriveSetAside() {
        return em.createNativeQuery("""
                WITH redriven AS (DELETE FROM timeline.event_set_aside RETURNING rules_version, event_id)
                INSERT INTO timeline.event_requeue (rules_version, event_id) SELECT rules_version, event_id FROM redriven
                ON CONFLICT DO NOTHING""").executeUpdate();
    }

    /** How many events are set aside, and how many wait for an entry of this version, with the oldest's ingest time. */
    @SuppressWarnings("unchecked")
    public Backlog backlog(int rulesVersion) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM timeline.event_set_aside),
                       count(e.id), min(a.ingested_at)
                FROM ingest.article_event e JOIN ingest.article a ON a.id = e.article_id
                WHERE e.date_start IS NOT NULL
                  AND (e.created_xid, e.id) > COALESCE((SELECT (c.xid, c.event_id) FROM timeline.worker_cursor c
                                                        WHERE c.rules_version = ?1), ('0'::xid8, 0::bigint))""")
                .setParameter(1, rulesVersion).getSingleResult();
        return new Backlog(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : Columns.instant(r[2]));
    }

    /**
     * Makes this rules version the one readers see, if it is newer than the active one; true when it
     * did. The older versions' entries are then removed by {@link #removeEntriesBefore}.
     */
    public boolean activate(int rulesVersion) {
        return em.createNativeQuery("UPDATE timeline.merge_state SET active_version = ?1 WHERE active_version < ?1")
                .setParameter(1, rulesVersion).executeUpdate() == 1;
    }

    /** Removes up to {@code limit} entries (and their sources) of versions older than the given one. */
    public int removeEntriesBefore(int rulesVersion, int limit) {
        em.createNativeQuery("DELETE FROM timeline.timeline_source WHERE rules_version < ?1 AND entry_id IN "
                        + "(SELECT id FROM timeline.timeline_entry WHERE rules_version < ?1 LIMIT ?2)")
                .setParameter(1, rulesVersion).setParameter(2, limit).executeUpdate();
        int removed = em.createNativeQuery("DELETE FROM timeline.timeline_entry WHERE id IN "
                        + "(SELECT id FROM timeline.timeline_entry WHERE rules_version < ?1 LIMIT ?2)")
                .setParameter(1, rulesVersion).setParameter(2, limit).executeUpdate();
        em.createNativeQuery("DELETE FROM timeline.event_set_aside WHERE rules_version < ?1").setParameter(1, rulesVersion)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM timeline.worker_cursor WHERE rules_version < ?1").setParameter(1, rulesVersion)
                .executeUpdate();
        return removed;
    }

    /**
     * A page of entries, filtered; {@code q} is matched as plain words, never as query syntax. Only the
     * filters given are in the query, so the planner can read the index of the one that narrows most.
     */
    @SuppressWarnings("unchecked")
    public List<EntryRow> entries(String q, List<String> entities, LocalDate from, LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.id, t.date_value, t.granularity, t.summary, t.entities
                FROM timeline.timeline_entry t
                WHERE t.rules_version = (SELECT active_version FROM timeline.merge_state)""");
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        if (q != null) {
            parameters.put(parameters.size() + 1, q);
            sql.append("\n  AND t.search_vector @@ plainto_tsquery('simple', CAST(?").append(parameters.size()).append(" AS text))");
        }
        if (!entities.isEmpty()) {
            parameters.put(parameters.size() + 1, entities.toArray(String[]::new));
            sql.append("\n  AND t.entities @> CAST(?").append(parameters.size()).append(" AS text[])");
        }
        if (from != null) {
            parameters.put(parameters.size() + 1, Date.valueOf(from));
            sql.append("\n  AND t.date_end >= CAST(?").append(parameters.size()).append(" AS date)");
        }
        if (to != null) {
            parameters.put(parameters.size() + 1, Date.valueOf(to));
            sql.append("\n  AND t.date_start <= CAST(?").append(parameters.size()).append(" AS date)");
        }
        parameters.put(parameters.size() + 1, limit);
        sql.append("\nORDER BY t.date_start, t.date_end, t.id LIMIT ?").append(parameters.size());
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        List<EntryRow> entries = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            entries.add(new EntryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], Columns.strings(r[4])));
        }
        return entries;
    }

    /**
     * The sources of the given entries, at most {@code perEntry} each, with the count of all of them: the
     * lead source first (it gave the entry's date), then the others that give that date, earliest
     * publication first, then the coarser mentions. Only the rows shown leave the database, so a story of
     * thousands of reports costs a page no more than its first ones.
     */
    @SuppressWarnings("unchecked")
    public List<SourceRow> sources(List<Long> entryIds, int perEntry) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT * FROM (
                    SELECT s.entry_id, a.id, a.title, a.outlet, a.published_at, a.published_offset, a.url, e.sentence,
                           e.date_value, e.granularity, s.summary, e.expression, a.language,
                           count(*) OVER (PARTITION BY s.entry_id) AS sources,
                           row_number() OVER (PARTITION BY s.entry_id
                                              ORDER BY (t.lead_event_id = s.event_id) IS NOT TRUE,
                                                       (e.date_value = t.date_value AND e.granularity = t.granularity) IS NOT TRUE,
                                                       a.published_at NULLS LAST, a.id, e.ordinal) AS rank
                    FROM timeline.timeline_source s
                    JOIN timeline.timeline_entry t ON t.id = s.entry_id
                    JOIN ingest.article_event e ON e.id = s.event_id
                    JOIN ingest.article a ON a.id = s.article_id
                    WHERE s.entry_id = ANY(?1)) ranked
                WHERE rank <= ?2
                ORDER BY entry_id, rank""")
                .setParameter(1, entryIds.toArray(Long[]::new))
                .setParameter(2, perEntry)
                .getResultList();
        List<SourceRow> sources = new ArrayList<>();
        for (Object[] r : rows) {
            OffsetDateTime published = null;
            if (r[4] != null) {
                published = Columns.instant(r[4]).atOffset(ZoneOffset.of((String) r[5]));
            }
            sources.add(new SourceRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    published, (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                    (String) r[12], ((Number) r[13]).intValue()));
        }
        return sources;
    }

    public record SetAsideRow(int rulesVersion, long eventId, String articleId, String reason, int attempts,
                              java.time.Instant setAsideAt) {
    }

    public record Backlog(long setAside, long unassigned, java.time.Instant oldestIngestedAt) {
    }

    public record EntryRow(long id, String dateValue, String granularity, String summary, List<String> entities) {
    }

    /**
     * A source as stored: {@code summary} is null for sources written by older rules, which kept none;
     * {@code entrySources} is how many sources its entry has in all.
     */
    public record SourceRow(long entryId, String articleId, String title, String outlet, OffsetDateTime publishedAt,
                            String url, String sentence, String dateValue, String granularity, String summary,
                            String expression, String language, int entrySources) {
    }
}
