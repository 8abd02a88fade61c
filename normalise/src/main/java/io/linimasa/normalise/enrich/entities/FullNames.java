package io.linimasa.normalise.enrich.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The full name an article gives a person it also names by one word ("Perry" of "Perry Warjiyo"). */
final class FullNames {

    private static final String WORD = "\\p{Lu}\\p{Ll}+";

    private FullNames() {
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
