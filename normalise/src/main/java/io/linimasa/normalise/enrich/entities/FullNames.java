package io.linimasa.normalise.enrich.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The full name an article gives a person it also names by one word ("Perry" of "Perry Warjiyo"). */
final class FullNames {

    private static final String WORD = "\\p{Lu}\\p{Ll}+";
    /** The most words a person's name has here ("Ignatius Benny Ady Prabowo"). */
    static final int MAX_WORDS = 4;

    private FullNames() {
    }

    /**
     * A name after a title may begin with an unknown body's name ("Gapki Rudi Hartanto Siregar"): when
     * the article names the person again by a word inside the run ("kata Rudi"), the name begins there.
     * Runs of three words are taken whole: "Muhammad Afifuddin Nasution" is later "Afifuddin".
     */
    static List<String> fromLaterMention(String body, List<String> run) {
        for (int i = 1; run.size() > 3 && i < run.size() - 1; i++) {
            String quoted = Pattern.quote(run.get(i));
            if (Pattern.compile("(?<!\\p{Lu}\\p{L}{0,30} )\\b" + quoted + "\\b(?! \\p{Lu})").matcher(body).find()) {
                return run.subList(i, Math.min(run.size(), i + MAX_WORDS));
            }
        }
        return run.subList(0, Math.min(run.size(), MAX_WORDS));
    }

    /** The longest run of capitalised words that ends or begins with the word, or the word alone. */
    static List<String> longest(String body, String word) {
        String quoted = Pattern.quote(word);
        Pattern run = Pattern.compile("\\b(?:(?:" + WORD + " ){1,3}" + quoted + "|" + quoted + "(?: " + WORD + "){1,3})\\b");
        String best = word;
        Matcher m = run.matcher(body);
        while (m.find()) {
            if (m.group().length() > best.length()) {
                best = m.group();
            }
        }
        return Entities.tokens(best);
    }
}
