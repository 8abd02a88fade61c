package io.linimasa.search.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader typed, read as the little syntax web search taught everyone: words, "quoted phrases",
 * and a minus sign before a word or a quoted phrase to leave out the pages that contain it.
 *
 * <p>Written by hand because no library reads exactly this and never fails: Elasticsearch's
 * {@code query_string} and Lucene's classic parser throw on unbalanced input, and
 * {@code simple_query_string} gives meaning to {@code + | * ~ ( )} and, with OR between words, reads
 * {@code a -b} as "a, or anything without b". Here every input is some query: a quote without its
 * closing partner is ignored, a minus sign with nothing after it is no sign, a minus inside a word
 * ({@code Tae-young}) is part of the word, control and invisible format characters are no text, and
 * pieces without a letter or digit are dropped (they hold nothing the analyzers would index). The
 * parts are kept in the reader's order, each once (ignoring case), at most {@link #MAX_PARTS} of
 * each sort, so that no input makes an unbounded query.
 */
public record ReaderQuery(List<String> words, List<String> phrases, List<String> excluded) {

    /** The most words and phrases, and separately the most excluded parts, that a query keeps. */
    public static final int MAX_PARTS = 32;

    private static final String QUOTES = "\"\u201C\u201D\u201E";
    private static final String MINUS = "-\u2212";

    public ReaderQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    /** Nothing to look for and nothing to leave out: every page matches. */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty() && excluded.isEmpty();
    }

    /** Whether the reader asked for something: words or phrases (not only exclusions). */
    public boolean hasPositiveParts() {
        return !words.isEmpty() || !phrases.isEmpty();
    }

    public static ReaderQuery parse(String text) {
        Parts parts = new Parts();
        if (text == null) {
            return parts.query();
        }
        String s = clean(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            boolean exclude = false;
            int start = i;
            while (i < n && MINUS.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i > start) {
                if (i == n || s.charAt(i) == ' ') {
                    continue; // a lone minus sign
                }
                exclude = true;
            }
            if (QUOTES.indexOf(s.charAt(i)) >= 0) {
                int close = closingQuote(s, i + 1);
                if (close >= 0) {
                    parts.add(exclude ? parts.excluded : parts.phrases, s.substring(i + 1, close));
                    i = close + 1;
                    continue;
                }
                i++; // a quote without its partner is no quote; what follows is read as usual
                if (i == n || s.charAt(i) == ' ') {
                    continue;
                }
            }
            int end = i;
            while (end < n && s.charAt(end) != ' ' && QUOTES.indexOf(s.charAt(end)) < 0) {
                end++;
            }
            parts.add(exclude ? parts.excluded : parts.words, s.substring(i, end));
            i = end;
        }
        return parts.query();
    }

    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (QUOTES.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** White space and control characters become one space; invisible format characters and lone surrogates go. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.SURROGATE) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static final class Parts {
        final Map<String, String> words = new LinkedHashMap<>();
        final Map<String, String> phrases = new LinkedHashMap<>();
        final Map<String, String> excluded = new LinkedHashMap<>();

        void add(Map<String, String> into, String raw) {
            String part = String.join(" ", raw.strip().split(" +"));
            if (!part.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return;
            }
            boolean positive = into != excluded;
            if ((positive ? words.size() + phrases.size() : excluded.size()) < MAX_PARTS) {
                into.putIfAbsent(part.toLowerCase(Locale.ROOT), part);
            }
        }

        ReaderQuery query() {
            return new ReaderQuery(new ArrayList<>(words.values()), new ArrayList<>(phrases.values()),
                    new ArrayList<>(excluded.values()));
        }
    }
}
