package io.linimasa.normalise.enrich.events;

import io.linimasa.normalise.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One rule of the dated-event table: a named pattern for one kind of date expression and the
 * resolver that turns a match into a date. Its cases are in the tests' {@code event-cases.tsv}.
 */
public final class EventRule implements Rule {

    /** What a rule needs besides its own text. */
    public enum Kind {
        /** A full date: "27 September 2020", "31/10/2020", "Oktober 2022", "tahun 1997", "1990-an". */
        ABSOLUTE,
        /** A day or month without a year: "(31/10)", "19 September", "bulan Oktober". */
        ANCHORED,
        /** Relative to publication or to the previous dated event: "kemarin", "pekan lalu", "dua hari kemudian". */
        RELATIVE
    }

    /**
     * What a rule may lean on: the publication date (null when unknown), the years of the article's
     * absolute dates (most recent first; they stand in for the publication year when it is unknown),
     * the previous dated event, the year an earlier expression of the same sentence named ("Tahun
     * lalu, ... pada September": September of that year), and the sentence (for the tense).
     */
    public record Context(LocalDate published, List<Integer> articleYears, Resolved previous, Integer sentenceYear, String sentence) {
    }

    /** The date of a match; null when the text does not allow one; throws {@link Resolvers#NOT_A_DATE} when it is no date at all. */
    @FunctionalInterface
    public interface Resolver {
        Resolved resolve(MatchResult m, Context c);
    }

    private final String name;
    private final Kind kind;
    private final Pattern pattern;
    private final Resolver resolver;
    private final long[] needs;
    private final List<String> words;

    EventRule(String name, Kind kind, long[] needs, List<String> words, String regex, Resolver resolver) {
        this.name = name;
        this.kind = kind;
        this.needs = needs.clone();
        this.words = List.copyOf(words);
        // an expression starts at a word's start: "tahun" in "setahun" is no match of its own
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")", Pattern.CASE_INSENSITIVE);
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Pattern pattern() {
        return pattern;
    }

    public Resolver resolver() {
        return resolver;
    }

    /**
     * Whether a sentence with these cues ({@code Cues#of}) may hold a match: it has one cue of every group
     * the rule needs and, for a rule that spells out its words, one of them ({@code lowerCase}: the
     * sentence in lower case).
     */
    public boolean mayMatch(long cues, String lowerCase) {
        for (long group : needs) {
            if ((cues & group) == 0) {
                return false;
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Sentences longer than this are not run through the table (see {@link Events#sentences}). */
    @Override
    public int maxLength() {
        return Events.LONGEST_SENTENCE;
    }

    @Override
    public boolean test(String input) {
        return input.length() <= maxLength() && pattern.matcher(input).find();
    }

    @Override
    public String toString() {
        return name;
    }
}
