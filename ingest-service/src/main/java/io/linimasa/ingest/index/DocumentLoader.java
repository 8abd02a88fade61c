package io.linimasa.ingest.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.linimasa.ingest.store.SqlValues.instant;
import static io.linimasa.ingest.store.SqlValues.strings;

/**
 * Reads what the index holds of stored articles, in one query per batch: the article's columns and
 * its entity names, never its raw page (the largest column, which the index does not need).
 */
@ApplicationScoped
public class DocumentLoader {

    private static final String COLUMNS = """
            SELECT a.id, a.duplicate_of, a.title, a.body, a.published_at, a.published_offset, a.outlet, a.authors,
                   a.editors, a.dateline, a.language, a.source_name, a.url, a.ingested_at,
                   ARRAY(SELECT e.name FROM ingest.article_entity e WHERE e.article_id = a.id ORDER BY e.ordinal)
            FROM ingest.article a
            """;

    private final EntityManager em;

    public DocumentLoader(EntityManager em) {
        this.em = em;
    }

    /**
     * The documents of these articles (those that still exist). An article whose row cannot become a
     * document is left out and named in {@code unreadable} with the reason, so that it stops nothing.
     */
    @SuppressWarnings("unchecked")
    public List<ArticleDocument> load(List<String> ids, Map<String, String> unreadable) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return documents(em.createNativeQuery(COLUMNS + "WHERE a.id = ANY(?1)")
                .setParameter(1, ids.toArray(String[]::new)).getResultList(), unreadable);
    }

    /** The next articles in id order after {@code afterId} ("" for the first): a full scan, batch by batch. */
    @SuppressWarnings("unchecked")
    public List<ArticleDocument> after(String afterId, int limit, Map<String, String> unreadable) {
        return documents(em.createNativeQuery(COLUMNS + "WHERE a.id > ?1 ORDER BY a.id LIMIT ?2")
                .setParameter(1, afterId).setParameter(2, limit).getResultList(), unreadable);
    }

    private static List<ArticleDocument> documents(List<Object[]> rows, Map<String, String> unreadable) {
        List<ArticleDocument> documents = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            try {
                documents.add(ArticleDocument.of((String) r[0], (String) r[1], (String) r[2], (String) r[3], instant(r[4]),
                        (String) r[5], (String) r[6], strings(r[7]), strings(r[8]), (String) r[9], (String) r[10],
                        strings(r[14]), (String) r[11], (String) r[12], instant(r[13])));
            } catch (RuntimeException e) {
                unreadable.put((String) r[0], "the stored article cannot become a document: " + e);
            }
        }
        return documents;
    }
}
