package io.linimasa.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body metric of the public article-extraction benchmark ({@code shared/bench/aeb/evaluate.py}),
 * rule for rule, so that our numbers mean what theirs mean:
 * <ul>
 *   <li>tokens are the runs of word characters (Python's {@code \w}: letters, numbers, underscore),
 *       case kept;</li>
 *   <li>shingles are the word 4-grams with their counts; a text of 1 to 3 tokens is one shingle of
 *       all its tokens, a text without tokens has none;</li>
 *   <li>per page TP/FP/FN are the overlap and the excess counts, divided by their sum (so long pages
 *       weigh no more than short ones);</li>
 *   <li>precision is 1 when FP = FN = 0 and 0 when TP = FP = 0 (recall alike); the mean precision
 *       skips pages where nothing was predicted (TP + FP = 0), the mean recall pages with an empty
 *       gold body (TP + FN = 0); F1 comes from the two means.</li>
 * </ul>
 */
public final class ExtractionShingles {

    public static final int SHINGLE_SIZE = 4;

    /** One page's normalised TP, FP and FN (they sum to 1, or are all 0 when both texts are empty). */
    public record Counts(double tp, double fp, double fn) {

        public double precision() {
            return precisionScore(tp, fp, fn);
        }

        public double recall() {
            return recallScore(tp, fp, fn);
        }

        public double f1() {
            return ExtractionShingles.f1(precision(), recall());
        }
    }

    /** Means over pages, as evaluate.py's {@code metrics_from_tp_fp_fns}; NaN where no page counts. */
    public record Means(double precision, double recall, double f1) {
    }

    private ExtractionShingles() {
    }

    /** Python's {@code re.findall(r'\w+', text)} on a str. */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
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

    /** Python's {@code str.isalnum() or '_'}: letters (L*) and numbers (Nd, Nl, No). Marks are not word characters. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The shingles of a text with their counts. */
    public static Map<List<String>, Integer> shingles(String text, int n) {
        List<String> tokens = tokenize(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** evaluate.py's {@code string_shingle_matching(true, pred)}. */
    public static Counts match(String gold, String predicted) {
        Map<List<String>, Integer> goldShingles = shingles(gold, SHINGLE_SIZE);
        Map<List<String>, Integer> predShingles = shingles(predicted, SHINGLE_SIZE);
        Set<List<String>> keys = new HashSet<>(goldShingles.keySet());
        keys.addAll(predShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int g = goldShingles.getOrDefault(key, 0);
            int p = predShingles.getOrDefault(key, 0);
            tp += Math.min(g, p);
            fp += Math.max(0, p - g);
            fn += Math.max(0, g - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(tp, fp, fn);
    }

    public static double precisionScore(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fp == 0) {
            return 0.0;
        }
        return tp / (tp + fp);
    }

    public static double recallScore(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fn == 0) {
            return 0.0;
        }
        return tp / (tp + fn);
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    /** evaluate.py's {@code metrics_from_tp_fp_fns}: mean precision and recall over pages, F1 from the means. */
    public static Means means(List<Counts> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                precisionSum += c.precision();
                precisionPages++;
            }
            if (c.tp() + c.fn() > 0) {
                recallSum += c.recall();
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? Double.NaN : precisionSum / precisionPages;
        double recall = recallPages == 0 ? Double.NaN : recallSum / recallPages;
        return new Means(precision, recall, f1(precision, recall));
    }
}
