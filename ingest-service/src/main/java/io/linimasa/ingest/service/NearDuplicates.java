package io.linimasa.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Finds an earlier article with nearly the same body (a syndicated copy, another crawl with other
 * boilerplate) through the MinHash bands stored beside each article.
 */
@ApplicationScoped
public class NearDuplicates {

    /** Estimated Jaccard similarity of word 5-shingles above which two bodies are one story. */
    static final double THRESHOLD = 0.7;

    private final EntityManager em;

    public NearDuplicates(EntityManager em) {
        this.em = em;
    }

    /** The earliest stored article near enough to this signature (the first of its story). */
    @SuppressWarnings("unchecked")
    Optional<String> firstNearDuplicate(int[] signature) {
        if (signature == null) {
            return Optional.empty();
        }
        long[] bands = MinHash.bands(signature);
        Short[] bandNumbers = new Short[bands.length];
        Long[] hashes = new Long[bands.length];
        for (int i = 0; i < bands.length; i++) {
            bandNumbers[i] = (short) i;
            hashes[i] = bands[i];
        }
        List<Object[]> candidates = em.createNativeQuery("""
                SELECT a.id, a.minhash, a.duplicate_of
                FROM ingest.article a
                WHERE a.id IN (SELECT b.article_id FROM ingest.article_minhash_band b
                               JOIN unnest(CAST(?1 AS smallint[]), CAST(?2 AS bigint[])) AS q(band, hash)
                                 ON b.band = q.band AND b.hash = q.hash)
                ORDER BY a.ingested_at, a.id""")
                .setParameter(1, bandNumbers)
                .setParameter(2, hashes)
                .getResultList();
        for (Object[] candidate : candidates) {
            int[] other = toInts(candidate[1]);
            if (other != null && MinHash.similarity(signature, other) >= THRESHOLD) {
                return Optional.of(candidate[2] != null ? (String) candidate[2] : (String) candidate[0]);
            }
        }
        return Optional.empty();
    }

    /** Stores the bands of a new article's signature, in one statement. */
    void remember(String articleId, int[] signature) {
        if (signature == null) {
            return;
        }
        long[] bands = MinHash.bands(signature);
        Long[] hashes = new Long[bands.length];
        for (int i = 0; i < bands.length; i++) {
            hashes[i] = bands[i];
        }
        em.createNativeQuery("""
                INSERT INTO ingest.article_minhash_band (band, hash, article_id)
                SELECT (ordinality - 1)::smallint, hash, ?2 FROM unnest(CAST(?1 AS bigint[])) WITH ORDINALITY AS t(hash, ordinality)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, hashes)
                .setParameter(2, articleId)
                .executeUpdate();
    }

    private static int[] toInts(Object value) {
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
                return toInts(array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
