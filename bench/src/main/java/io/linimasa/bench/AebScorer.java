package io.linimasa.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The metric of the benchmark's {@code evaluate.py}, ported line by line: word tokens ({@code \w+} of
 * Python's {@code re}), 4-token shingles with their counts, true and false positives and false
 * negatives per page normalised to sum to one, precision and recall averaged over the pages where
 * they are defined, and F1 from the two averages.
 */
final class AebScorer {

    /** One page's share of true positives, false positives and false negatives (summing to 1, or all 0). */
    record Counts(double tp, double fp, double fn) {

        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Metrics(double precision, double recall, double f1) {
    }

    private static final int NGRAM = 4;

    private AebScorer() {
    }

    /** {@code string_shingle_matching(true, pred)}: the one implementation in {@link ExtractionShingles}. */
    static Counts match(String truth, String prediction) {
        ExtractionShingles.Counts c = ExtractionShingles.match(truth, prediction);
        return new Counts(c.tp(), c.fp(), c.fn());
    }

    /** {@code metrics_from_tp_fp_fns}: precision over pages with tp + fp > 0, recall over tp + fn > 0. */
    static Metrics metrics(List<Counts> pages) {
        double precision = 0;
        int precisionPages = 0;
        double recall = 0;
        int recallPages = 0;
        for (Counts c : pages) {
            if (c.tp + c.fp > 0) {
                precision += c.precision();
                precisionPages++;
            }
            if (c.tp + c.fn > 0) {
                recall += c.recall();
                recallPages++;
            }
        }
        precision /= precisionPages;
        recall /= recallPages;
        return new Metrics(precision, recall, 2 * precision * recall / (precision + recall));
    }

    /** Bootstrap standard deviation of F1, as evaluate.py estimates it (resampling pages). */
    static double f1Deviation(List<Counts> pages, int rounds, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rounds];
        for (int b = 0; b < rounds; b++) {
            List<Counts> sample = new ArrayList<>(pages.size());
            for (int i = 0; i < pages.size(); i++) {
                sample.add(pages.get(random.nextInt(pages.size())));
            }
            values[b] = metrics(sample).f1();
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= rounds;
        double square = 0;
        for (double v : values) {
            square += (v - mean) * (v - mean);
        }
        return rounds > 1 ? Math.sqrt(square / (rounds - 1)) : 0;
    }

    /** {@code _all_shingles}: token 4-grams, each as its words joined by a space, counted. */
    static Map<String, Integer> shingles(String text) {
        Map<String, Integer> counts = new HashMap<>();
        ExtractionShingles.shingles(text, NGRAM).forEach((gram, n) -> counts.put(String.join(" ", gram), n));
        return counts;
    }

    /** {@code _tokenize}: Python's {@code \\w+}. */
    static List<String> tokens(String text) {
        return text == null ? List.of() : ExtractionShingles.tokenize(text);
    }
}
