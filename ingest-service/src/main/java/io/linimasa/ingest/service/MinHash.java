package io.linimasa.ingest.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures of a body's word 5-shingles, and their LSH bands. Two bodies whose shingle
 * sets have Jaccard similarity s agree on each signature position with probability s; with
 * {@value #BANDS} bands of {@value #ROWS} rows, pairs above about 0.6 share a band almost surely.
 * Written here because the few lines it takes do not justify a library and its transitive weight.
 */
public final class MinHash {

    static final int BANDS = 32;
    static final int ROWS = 4;
    static final int SIZE = BANDS * ROWS;
    static final int SHINGLE = 5;
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        SplittableRandom random = new SplittableRandom(0x11A1_AA5AL);
        for (int i = 0; i < SIZE; i++) {
            A[i] = random.nextLong() | 1L;
            B[i] = random.nextLong();
        }
    }

    private MinHash() {
    }

    /** The signature, or null when the body is too short to tell copies apart. */
    public static int[] signature(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        words = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length < SHINGLE * 4) {
            return null;
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingles.add(fnv(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE))));
        }
        int[] signature = new int[SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < SIZE; i++) {
                // multiply-shift hashing: a universal family, one multiplication per position
                int h = (int) ((A[i] * x + B[i]) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the shingle sets behind two signatures. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** One hash per band: articles sharing any band hash are near-duplicate candidates. */
    public static long[] bands(int[] signature) {
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = 0xcbf29ce484222325L;
            for (int row = 0; row < ROWS; row++) {
                h = (h ^ signature[band * ROWS + row]) * 0x100000001b3L;
            }
            bands[band] = h;
        }
        return bands;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001b3L;
        }
        return h;
    }
}
