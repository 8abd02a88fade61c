package io.linimasa.normalise.enrich.events;

import io.linimasa.normalise.lexicon.Lexicon;
import io.linimasa.normalise.lexicon.Lexicons;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cardinal number words as counts of time, from {@code normalise/lexicon/numbers.tsv}: single words
 * ("sepuluh", "twelve"), Indonesian compounds of a unit and "belas" or "puluh" with an optional unit
 * after ("dua belas" 12, "dua puluh lima" 25), English tens with an optional unit ("twenty", "thirty-five").
 * Written by hand: no kept library reads Indonesian number words, and the grammar is this small.
 */
final class NumberWords {

    private static final Map<String, Integer> VALUES = new HashMap<>();
    private static final String UNITS_ID = alternation("id", "unit");
    private static final String UNITS_EN = alternation("en", "unit");

    /** A number in words, as a regex without groups; the longest forms first. */
    static final String PATTERN = "(?:" + UNITS_ID + ")\\s+(?:" + alternation("id", "teens") + ")"
            + "|(?:" + UNITS_ID + ")\\s+(?:" + alternation("id", "tens") + ")(?:\\s+(?:" + UNITS_ID + "))?"
            + "|(?:" + alternation("en", "tens") + ")(?:[- ](?:" + UNITS_EN + "))?"
            + "|" + Lexicons.NUMBERS.alternation(t -> t.has("single") || t.has("unit"));

    private static final Pattern SPACES = Pattern.compile("[\\s-]+");

    static {
        for (Lexicon.Term term : Lexicons.NUMBERS.terms()) {
            VALUES.put(term.text().toLowerCase(Locale.ROOT), Integer.parseInt(term.value()));
        }
    }

    private NumberWords() {
    }

    /** The value of a number written in words that {@link #PATTERN} matched ("dua puluh lima" is 25). */
    static int value(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        Integer single = VALUES.get(SPACES.matcher(w).replaceAll(" "));
        if (single != null) {
            return single;
        }
        List<String> parts = List.of(SPACES.split(w));
        if (parts.size() >= 2 && (isKind(parts.get(1), "teens") || isKind(parts.get(1), "tens"))) {
            // "dua belas": 2 + 10; "dua puluh lima": 2 × 10 + 5
            int unit = VALUES.get(parts.get(0));
            int value = isKind(parts.get(1), "teens") ? VALUES.get(parts.get(1)) + unit : unit * VALUES.get(parts.get(1));
            return parts.size() > 2 ? value + VALUES.get(parts.get(2)) : value;
        }
        // "thirty-five": 30 + 5
        return VALUES.get(parts.get(0)) + (parts.size() > 1 ? VALUES.get(parts.get(1)) : 0);
    }

    private static boolean isKind(String word, String kind) {
        return Lexicons.NUMBERS.terms().stream().anyMatch(t -> t.text().equals(word) && t.has(kind));
    }

    private static String alternation(String language, String kind) {
        return Lexicons.NUMBERS.alternation(t -> t.language().equals(language) && t.has(kind));
    }
}
