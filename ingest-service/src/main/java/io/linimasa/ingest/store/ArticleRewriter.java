package io.linimasa.ingest.store;

import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.EntityMention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Writes articles normalised again over their stored rows, in the caller's transaction, with the
 * same ids: what changed is replaced, what did not is left alone, so that the index and the timeline
 * only see real changes. Fields and MinHash bands are rewritten when the fields changed, entities when
 * they changed, and events when they changed: the old events are then recorded as retired (for the
 * timeline, which drops them) before the new ones are written. Each changed article gets an outbox row.
 */
@ApplicationScoped
public class ArticleRewriter {

    private static final String STORED = """
            SELECT id, title, published_at, published_offset, outlet, authors, editors, dateline, language, body
            FROM ingest.article WHERE id = ANY(?)""";
    private static final String STORED_ENTITIES = """
            SELECT article_id, name, type, mentions FROM ingest.article_entity WHERE article_id = ANY(?) ORDER BY article_id, ordinal""";
    private static final String STORED_EVENTS = """
            SELECT article_id, date_value, granularity, date_start, date_end, expression, sentence, entities
            FROM ingest.article_event WHERE article_id = ANY(?) ORDER BY article_id, ordinal""";
    private static final String UPDATE = """
            UPDATE ingest.article SET content_hash = ?, title = ?, published_at = ?, published_offset = ?, outlet = ?, authors = ?,
                editors = ?, dateline = ?, language = ?, body = ?, minhash = ?
            WHERE id = ?""";

    private final EntityManager em;

    public ArticleRewriter(EntityManager em) {
        this.em = em;
    }

    /** Rewrites what changed; returns the ids of the articles that changed. */
    public Set<String> rewrite(List<ArticleRow> rows) {
        Set<String> changed = new LinkedHashSet<>();
        em.unwrap(Session.class).doWork(c -> {
            String[] ids = rows.stream().map(ArticleRow::id).sorted().toArray(String[]::new);
            Map<String, List<Object>> fields = keyed(c, STORED, ids, 10);
            Map<String, List<List<Object>>> entities = grouped(c, STORED_ENTITIES, ids, 4);
            Map<String, List<List<Object>>> events = grouped(c, STORED_EVENTS, ids, 8);
            List<ArticleRow> newFields = new ArrayList<>();
            List<ArticleRow> newEntities = new ArrayList<>();
            List<ArticleRow> newEvents = new ArrayList<>();
            for (ArticleRow row : rows) {
                if (!fields.containsKey(row.id())) {
                    continue; // removed meanwhile
                }
                if (!fieldsOf(row).equals(fields.get(row.id()))) {
                    newFields.add(row);
                }
                if (!entitiesOf(row).equals(entities.getOrDefault(row.id(), List.of()))) {
                    newEntities.add(row);
                }
                if (!eventsOf(row).equals(events.getOrDefault(row.id(), List.of()))) {
                    newEvents.add(row);
                }
            }
            updateFields(c, newFields);
            execute(c, "DELETE FROM ingest.article_entity WHERE article_id = ANY(?)", newEntities);
            ArticleWriter.insertEntities(c, newEntities);
            execute(c, """
                    INSERT INTO ingest.article_event_retired (event_id, article_id)
                    SELECT id, article_id FROM ingest.article_event WHERE article_id = ANY(?)""", newEvents);
            execute(c, "DELETE FROM ingest.article_event WHERE article_id = ANY(?)", newEvents);
            ArticleWriter.insertEvents(c, newEvents);
            execute(c, "DELETE FROM ingest.article_minhash_band WHERE article_id = ANY(?)", newFields);
            ArticleWriter.insertBands(c, newFields);
            newFields.forEach(r -> changed.add(r.id()));
            newEntities.forEach(r -> changed.add(r.id()));
            newEvents.forEach(r -> changed.add(r.id()));
            ArticleWriter.insertOutbox(c, rows.stream().filter(r -> changed.contains(r.id())).toList());
        });
        return changed;
    }

    private static void updateFields(Connection c, List<ArticleRow> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(UPDATE)) {
            for (ArticleRow r : rows) {
                st.setString(1, r.contentHash());
                st.setString(2, r.title());
                st.setTimestamp(3, r.publishedAt() == null ? null : Timestamp.from(r.publishedAt()));
                st.setString(4, r.publishedOffset());
                st.setString(5, r.outlet());
                st.setArray(6, c.createArrayOf("text", r.authors().toArray()));
                st.setArray(7, c.createArrayOf("text", r.editors().toArray()));
                st.setString(8, r.dateline());
                st.setString(9, r.language());
                st.setString(10, r.body());
                if (r.minhash() == null) {
                    st.setNull(11, Types.ARRAY);
                } else {
                    st.setArray(11, c.createArrayOf("integer", ArticleWriter.boxed(r.minhash())));
                }
                st.setString(12, r.id());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void execute(Connection c, String sql, List<ArticleRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("varchar", rows.stream().map(ArticleRow::id).toArray()));
            st.executeUpdate();
        }
    }

    // What is stored and what was normalised, as lists of plain values that compare with equals.

    private static List<Object> fieldsOf(ArticleRow r) {
        return Arrays.asList(r.title(), r.publishedAt(), r.publishedOffset(), r.outlet(), r.authors(), r.editors(), r.dateline(),
                r.language(), r.body());
    }

    private static List<List<Object>> entitiesOf(ArticleRow r) {
        List<List<Object>> values = new ArrayList<>();
        for (EntityMention m : r.entities()) {
            values.add(Arrays.asList(m.name(), m.type().name(), m.mentions()));
        }
        return values;
    }

    private static List<List<Object>> eventsOf(ArticleRow r) {
        List<List<Object>> values = new ArrayList<>();
        for (DatedEvent e : r.events()) {
            values.add(Arrays.asList(e.date(), e.granularity() == null ? null : e.granularity().name(),
                    e.start() == null ? null : e.start().toString(), e.end() == null ? null : e.end().toString(), e.expression(),
                    e.sentence(), e.entities()));
        }
        return values;
    }

    private static Map<String, List<Object>> keyed(Connection c, String sql, String[] ids, int columns) throws SQLException {
        Map<String, List<Object>> rows = new HashMap<>();
        for (List<Object> row : query(c, sql, ids, columns)) {
            rows.put((String) row.get(0), row.subList(1, row.size()));
        }
        return rows;
    }

    private static Map<String, List<List<Object>>> grouped(Connection c, String sql, String[] ids, int columns) throws SQLException {
        Map<String, List<List<Object>>> rows = new HashMap<>();
        for (List<Object> row : query(c, sql, ids, columns)) {
            rows.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add(row.subList(1, row.size()));
        }
        return rows;
    }

    /** Rows as plain values: text arrays as lists, timestamps as instants, dates as ISO text, numbers as ints. */
    private static List<List<Object>> query(Connection c, String sql, String[] ids, int columns) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("varchar", ids));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof java.sql.Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Number n && !(value instanceof Integer)) {
            return n.intValue();
        }
        return value;
    }
}
