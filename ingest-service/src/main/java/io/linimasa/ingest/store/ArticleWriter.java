package io.linimasa.ingest.store;

import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.EntityMention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Writes new articles in the caller's transaction, a chunk at a time: one JDBC batch per table
 * (articles, entities, events, MinHash bands, outbox rows), one round trip each. An article whose
 * id is already stored (the same page, sent by another request at the same moment) is skipped by
 * the primary key (ON CONFLICT DO NOTHING), and so are its other rows: the first copy stays, and no
 * exception or log line is made of a race that is no error.
 */
@ApplicationScoped
public class ArticleWriter {

    private static final String ARTICLE = """
            INSERT INTO ingest.article (id, raw_kind, raw_content, content_hash, duplicate_of, title, published_at,
                published_offset, outlet, authors, editors, dateline, language, body, source_name, url, fetched_at,
                ingested_at, minhash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    private static final String ENTITY = """
            INSERT INTO ingest.article_entity (article_id, ordinal, name, type, mentions) VALUES (?, ?, ?, ?, ?)""";
    private static final String EVENT = """
            INSERT INTO ingest.article_event (article_id, ordinal, date_value, granularity, date_start, date_end, expression,
                sentence, entities)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String BAND = """
            INSERT INTO ingest.article_minhash_band (band, hash, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String OUTBOX = """
            INSERT INTO ingest.index_outbox (article_id, created_at) VALUES (?, ?)""";

    private final EntityManager em;

    public ArticleWriter(EntityManager em) {
        this.em = em;
    }

    /** Writes the rows that are new; returns the ids it wrote (the others were stored already). */
    public Set<String> write(List<ArticleRow> rows) {
        Set<String> written = new LinkedHashSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            List<ArticleRow> inserted = insertArticles(connection, rows);
            insertChildren(connection, inserted);
            inserted.forEach(row -> written.add(row.id()));
        });
        return written;
    }

    private static List<ArticleRow> insertArticles(Connection c, List<ArticleRow> chunk) throws SQLException {
        // In id order: two chunks that share pages lock them in the same order, so they never deadlock.
        List<ArticleRow> rows = chunk.stream().sorted(java.util.Comparator.comparing(ArticleRow::id)).toList();
        try (PreparedStatement st = c.prepareStatement(ARTICLE)) {
            for (ArticleRow r : rows) {
                st.setString(1, r.id());
                st.setString(2, r.rawKind());
                st.setString(3, r.rawContent());
                st.setString(4, r.contentHash());
                st.setString(5, r.duplicateOf());
                st.setString(6, r.title());
                st.setTimestamp(7, r.publishedAt() == null ? null : Timestamp.from(r.publishedAt()));
                st.setString(8, r.publishedOffset());
                st.setString(9, r.outlet());
                st.setArray(10, c.createArrayOf("text", r.authors().toArray()));
                st.setArray(11, c.createArrayOf("text", r.editors().toArray()));
                st.setString(12, r.dateline());
                st.setString(13, r.language());
                st.setString(14, r.body());
                st.setString(15, r.sourceName());
                st.setString(16, r.url());
                st.setTimestamp(17, r.fetchedAt() == null ? null : Timestamp.from(r.fetchedAt()));
                st.setTimestamp(18, Timestamp.from(r.ingestedAt()));
                if (r.minhash() == null) {
                    st.setNull(19, Types.ARRAY);
                } else {
                    st.setArray(19, c.createArrayOf("integer", boxed(r.minhash())));
                }
                st.addBatch();
            }
            int[] counts = st.executeBatch();
            List<ArticleRow> inserted = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    inserted.add(rows.get(i));
                }
            }
            return inserted;
        }
    }

    private static void insertChildren(Connection c, List<ArticleRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        insertEntities(c, rows);
        insertEvents(c, rows);
        insertBands(c, rows);
        insertOutbox(c, rows);
    }

    static void insertEntities(Connection c, List<ArticleRow> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(ENTITY)) {
            for (ArticleRow r : rows) {
                List<EntityMention> mentions = r.entities();
                for (int i = 0; i < mentions.size(); i++) {
                    st.setString(1, r.id());
                    st.setInt(2, i);
                    st.setString(3, mentions.get(i).name());
                    st.setString(4, mentions.get(i).type().name());
                    st.setInt(5, mentions.get(i).mentions());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    static void insertEvents(Connection c, List<ArticleRow> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(EVENT)) {
            for (ArticleRow r : rows) {
                List<DatedEvent> dated = r.events();
                for (int i = 0; i < dated.size(); i++) {
                    DatedEvent e = dated.get(i);
                    st.setString(1, r.id());
                    st.setInt(2, i);
                    st.setString(3, e.date());
                    st.setString(4, e.granularity() == null ? null : e.granularity().name());
                    st.setObject(5, e.start());
                    st.setObject(6, e.end());
                    st.setString(7, e.expression());
                    st.setString(8, e.sentence());
                    st.setArray(9, c.createArrayOf("text", e.entities().toArray()));
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    static void insertBands(Connection c, List<ArticleRow> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(BAND)) {
            for (ArticleRow r : rows) {
                if (r.bands() != null) {
                    for (int band = 0; band < r.bands().length; band++) {
                        st.setShort(1, (short) band);
                        st.setLong(2, r.bands()[band]);
                        st.setString(3, r.id());
                        st.addBatch();
                    }
                }
            }
            st.executeBatch();
        }
    }

    static void insertOutbox(Connection c, List<ArticleRow> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(OUTBOX)) {
            for (ArticleRow r : rows) {
                st.setString(1, r.id());
                st.setTimestamp(2, Timestamp.from(r.ingestedAt()));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    static Integer[] boxed(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
