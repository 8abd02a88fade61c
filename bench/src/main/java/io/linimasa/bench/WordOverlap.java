package io.linimasa.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's body metric: precision, recall and F1 of the words of the extracted body against the gold
 * body, words being {@code \w+} runs in lower case, counted with their repeats; a page that yields
 * nothing scores 0.
 */
final class WordOverlap {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    record Score(double precision, double recall, double f1) {
    }

    private WordOverlap() {
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    static Score score(String gold, String got) {
        Map<String, Integer> g = words(gold);
        Map<String, Integer> p = words(got == null ? "" : got);
        int goldCount = g.values().stream().mapToInt(Integer::intValue).sum();
        int gotCount = p.values().stream().mapToInt(Integer::intValue).sum();
        if (goldCount == 0 || gotCount == 0) {
            return new Score(0, 0, 0);
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) common / gotCount;
        double recall = (double) common / goldCount;
        double f1 = common == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }
}
