package io.linimasa.timeline.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** Takes the worker lock for this transaction; false when another replica holds it. */
    public boolean tryWorkerLock() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('linimasa.timeline.worker'))")
                .getSingleResult();
    }

    /** Dated events ingest stored that no entry cites yet, oldest first. */
    @SuppressWarnings("unchecked")
    public List<StoredEvent> unassignedEvents(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.id, e.article_id, e.date_value, e.granularity, e.date_start, e.date_end, e.sentence, e.entities,
                       ARRAY(SELECT ae.name FROM ingest.article_entity ae WHERE ae.article_id = e.article_id
                             ORDER BY ae.mentions DESC, ae.ordinal LIMIT ?2) AS article_entities
                FROM ingest.article_event e
                WHERE e.date_start IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM timeline.timeline_source s WHERE s.event_id = e.id)
                ORDER BY e.id
                LIMIT ?1""").setParameter(1, limit).setParameter(2, StoredEvent.ARTICLE_ENTITIES).getResultList();
        List<StoredEvent> events = new ArrayList<>();
        for (Object[] r : rows) {
            events.add(new StoredEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    localDate(r[4]), localDate(r[5]), (String) r[6], strings(r[7]), strings(r[8])));
        }
        return events;
    }

    /** The version of the merge rules that built the entries. */
    public int rulesVersion() {
        return ((Number) em.createNativeQuery("SELECT rules_version FROM timeline.merge_state").getSingleResult()).intValue();
    }

    /** Removes every entry (and so every assignment) and records the rules that will build them again. */
    public int removeAllEntries(int rulesVersion) {
        int removed = em.createNativeQuery("DELETE FROM timeline.timeline_entry").executeUpdate();
        em.createNativeQuery("UPDATE timeline.merge_state SET rules_version = ?1").setParameter(1, rulesVersion).executeUpdate();
        em.clear();
        return removed;
    }

    /**
     * The entries an event may join (see EventMerger): those on its date and granularity, and those
     * whose date may nest with its date and that share an entity with it or cite its article.
     */
    @SuppressWarnings("unchecked")
    public List<TimelineEntry> candidateEntries(StoredEvent event) {
        List<Object> ids = em.createNativeQuery("""
                SELECT t.id FROM timeline.timeline_entry t
                WHERE (t.date_start = ?1 AND t.date_value = ?2 AND t.granularity = ?3)
                   OR (t.date_start BETWEEN ?4 AND ?5 AND t.granularity = ANY(?6)
                       AND (t.entities && CAST(?7 AS text[])
                            OR t.id IN (SELECT s.entry_id FROM timeline.timeline_source s WHERE s.article_id = ?8)))""")
                .setParameter(1, Date.valueOf(event.start()))
                .setParameter(2, event.dateValue())
                .setParameter(3, event.granularity())
                .setParameter(4, Date.valueOf(io.linimasa.timeline.service.EventMerger.earliestNestingStart(event.granularity(), event.start())))
                .setParameter(5, Date.valueOf(event.end()))
                .setParameter(6, io.linimasa.timeline.service.EventMerger.nestingGranularities(event.granularity()).toArray(String[]::new))
                .setParameter(7, event.entities().toArray(String[]::new))
                .setParameter(8, event.articleId())
                .getResultList();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Object id : ids) {
            entries.add(em.find(TimelineEntry.class, ((Number) id).longValue()));
        }
        return entries;
    }

    /** The entities that stand for the context of the articles an entry cites (see StoredEvent). */
    @SuppressWarnings("unchecked")
    public List<String> contextEntitiesOf(long entryId) {
        return em.createNativeQuery("""
                SELECT DISTINCT x.name FROM timeline.timeline_source s
                CROSS JOIN LATERAL (SELECT ae.name FROM ingest.article_entity ae WHERE ae.article_id = s.article_id
                                    ORDER BY ae.mentions DESC, ae.ordinal LIMIT ?2) x
                WHERE s.entry_id = ?1""").setParameter(1, entryId).setParameter(2, StoredEvent.ARTICLE_ENTITIES).getResultList();
    }

    /** The article ids an entry cites. */
    @SuppressWarnings("unchecked")
    public List<String> articlesOf(long entryId) {
        return em.createNativeQuery("SELECT article_id FROM timeline.timeline_source WHERE entry_id = ?1")
                .setParameter(1, entryId).getResultList();
    }

    /** A page of entries, filtered; {@code q} is matched as plain words, never as query syntax. */
    @SuppressWarnings("unchecked")
    public List<EntryRow> entries(String q, List<String> entities, LocalDate from, LocalDate to, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.id, t.date_value, t.granularity, t.summary, t.entities
                FROM timeline.timeline_entry t
                WHERE (CAST(?1 AS text) IS NULL OR to_tsvector('simple', t.search_text) @@ plainto_tsquery('simple', CAST(?1 AS text)))
                  AND t.entities @> CAST(?2 AS text[])
                  AND (CAST(?3 AS date) IS NULL OR t.date_end >= CAST(?3 AS date))
                  AND (CAST(?4 AS date) IS NULL OR t.date_start <= CAST(?4 AS date))
                ORDER BY t.date_start, t.date_end, t.id
                LIMIT ?5""")
                .setParameter(1, q)
                .setParameter(2, entities.toArray(String[]::new))
                .setParameter(3, from == null ? null : Date.valueOf(from))
                .setParameter(4, to == null ? null : Date.valueOf(to))
                .setParameter(5, limit)
                .getResultList();
        List<EntryRow> entries = new ArrayList<>();
        for (Object[] r : rows) {
            entries.add(new EntryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], strings(r[4])));
        }
        return entries;
    }

    /** The sources of the given entries, each with its article, earliest publication first. */
    @SuppressWarnings("unchecked")
    public List<SourceRow> sources(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.entry_id, a.id, a.title, a.outlet, a.published_at, a.published_offset, a.url, e.sentence
                FROM timeline.timeline_source s
                JOIN ingest.article_event e ON e.id = s.event_id
                JOIN ingest.article a ON a.id = s.article_id
                WHERE s.entry_id = ANY(?1)
                ORDER BY s.entry_id, a.published_at NULLS LAST, a.id, e.ordinal""")
                .setParameter(1, entryIds.toArray(Long[]::new))
                .getResultList();
        List<SourceRow> sources = new ArrayList<>();
        for (Object[] r : rows) {
            OffsetDateTime published = null;
            if (r[4] != null) {
                published = ((java.time.Instant) toInstant(r[4])).atOffset(ZoneOffset.of((String) r[5]));
            }
            sources.add(new SourceRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    published, (String) r[6], (String) r[7]));
        }
        return sources;
    }

    public record EntryRow(long id, String dateValue, String granularity, String summary, List<String> entities) {
    }

    public record SourceRow(long entryId, String articleId, String title, String outlet, OffsetDateTime publishedAt,
                            String url, String sentence) {
    }

    private static Object toInstant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }

    private static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof Array array) {
            try {
                return Arrays.asList((String[]) array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
