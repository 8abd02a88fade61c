package io.linimasa.ingest.service;

import io.linimasa.ingest.store.ArticleRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for each new article of a chunk, the first article with the same story: the same
 * normalised body (content hash) or nearly the same (MinHash of word shingles, candidates through
 * their LSH bands), among the stored articles (two queries for the whole chunk) and the articles
 * before it in the chunk. A copy points at the original, never at another copy.
 */
@ApplicationScoped
public class Duplicates {

    /** Estimated Jaccard similarity of word 5-shingles above which two bodies are one story. */
    static final double THRESHOLD = 0.7;

    private final EntityManager em;

    public Duplicates(EntityManager em) {
        this.em = em;
    }

    /** The rows with their duplicateOf set where they have an original. */
    public List<ArticleRow> mark(List<ArticleRow> rows) {
        Map<String, String> byHash = storedByHash(rows);
        Map<Integer, List<Object[]>> candidates = storedCandidates(rows);
        List<ArticleRow> marked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ArticleRow row = rows.get(i);
            String original = byHash.get(row.contentHash());
            if (original == null && row.minhash() != null) {
                for (Object[] c : candidates.getOrDefault(i, List.of())) {
                    int[] other = ints(c[1]);
                    if (other != null && MinHash.similarity(row.minhash(), other) >= THRESHOLD) {
                        original = c[2] != null ? (String) c[2] : (String) c[0];
                        break;
                    }
                }
            }
            for (int j = 0; original == null && j < i; j++) {
                ArticleRow earlier = marked.get(j);
                boolean same = earlier.contentHash().equals(row.contentHash()) || row.minhash() != null && earlier.minhash() != null
                        && MinHash.similarity(row.minhash(), earlier.minhash()) >= THRESHOLD;
                if (same) {
                    original = earlier.duplicateOf() != null ? earlier.duplicateOf() : earlier.id();
                }
            }
            marked.add(original == null ? row : row.withDuplicateOf(original));
        }
        return marked;
    }

    /** The first stored article of each content hash of the chunk. */
    @SuppressWarnings("unchecked")
    private Map<String, String> storedByHash(List<ArticleRow> rows) {
        List<Object[]> found = em.createNativeQuery("""
                        SELECT DISTINCT ON (content_hash) content_hash, id FROM ingest.article
                        WHERE content_hash = ANY(?1) ORDER BY content_hash, ingested_at, id""")
                .setParameter(1, rows.stream().map(ArticleRow::contentHash).distinct().toArray(String[]::new))
                .getResultList();
        Map<String, String> byHash = new HashMap<>();
        for (Object[] r : found) {
            byHash.put((String) r[0], (String) r[1]);
        }
        return byHash;
    }

    /** Stored articles that share a MinHash band with a row, by the row's index, oldest first. */
    @SuppressWarnings("unchecked")
    private Map<Integer, List<Object[]>> storedCandidates(List<ArticleRow> rows) {
        List<Integer> rowIndex = new ArrayList<>();
        List<Short> bandNumbers = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long[] bands = rows.get(i).bands();
            for (int band = 0; bands != null && band < bands.length; band++) {
                rowIndex.add(i);
                bandNumbers.add((short) band);
                hashes.add(bands[band]);
            }
        }
        Map<Integer, List<Object[]>> byRow = new HashMap<>();
        if (rowIndex.isEmpty()) {
            return byRow;
        }
        List<Object[]> found = em.createNativeQuery("""
                        SELECT DISTINCT q.row, a.id, a.minhash, a.duplicate_of, a.ingested_at
                        FROM unnest(CAST(?1 AS int[]), CAST(?2 AS smallint[]), CAST(?3 AS bigint[])) AS q(row, band, hash)
                        JOIN ingest.article_minhash_band b ON b.band = q.band AND b.hash = q.hash
                        JOIN ingest.article a ON a.id = b.article_id
                        ORDER BY a.ingested_at, a.id""")
                .setParameter(1, rowIndex.toArray(Integer[]::new))
                .setParameter(2, bandNumbers.toArray(Short[]::new))
                .setParameter(3, hashes.toArray(Long[]::new))
                .getResultList();
        for (Object[] r : found) {
            byRow.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>()).add(new Object[] {r[1], r[2], r[3]});
        }
        return byRow;
    }

    private static int[] ints(Object value) {
        if (value instanceof int[] ints) {
            return ints;
        }
        if (value instanceof Integer[] boxed) {
            int[] ints = new int[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                ints[i] = boxed[i];
            }
            return ints;
        }
        if (value instanceof java.sql.Array array) {
            try {
                return ints(array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
