package io.linimasa.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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

    /** {@code string_shingle_matching(true, pred)}. */
    static Counts match(String truth, String prediction) {
        Map<String, Integer> trueShingles = shingles(truth);
        Map<String, Integer> predShingles = shingles(prediction);
        Set<String> keys = new HashSet<>(trueShingles.keySet());
        keys.addAll(predShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int t = trueShingles.getOrDefault(key, 0);
            int p = predShingles.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
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

    /** {@code _all_shingles}: token 4-grams (one shorter gram when the text has fewer tokens), counted. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - NGRAM + 1);
        for (int i = 0; i < last; i++) {
            List<String> gram = tokens.subList(Math.min(i, tokens.size()), Math.min(i + NGRAM, tokens.size()));
            if (!gram.isEmpty()) {
                counts.merge(String.join(" ", gram), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** {@code _tokenize}: Python's {@code \w+}, whose word characters are letters, numbers and '_'. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python's {@code str.isalnum() or c == '_'}: letters (L*) and numbers (Nd, Nl, No); no combining marks. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
