package io.linimasa.normalise.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list of {@code normalise/lexicon/}: one concept, every language, one place. A {@code .tsv}
 * line is {@code term, language, value, tags}; a {@code .txt} line is a term alone. Patterns that
 * need the words are derived from here ({@link #alternation}), never written out again.
 */
public final class Lexicon {

    /** One word or phrase: its language ("*" for any), its value (a month's number, a label's role) and tags. */
    public record Term(String text, String language, String value, Set<String> tags) {

        public boolean has(String tag) {
            return tags.contains(tag);
        }
    }

    private final String name;
    private final List<Term> terms;

    private Lexicon(String name, List<Term> terms) {
        this.name = name;
        this.terms = List.copyOf(terms);
    }

    /** Reads {@code normalise/lexicon/<file>}. */
    public static Lexicon read(String file) {
        List<Term> terms = new ArrayList<>();
        boolean table = file.endsWith(".tsv");
        for (String line : ResourceLines.read("lexicon/" + file)) {
            String[] cells = line.split("\t");
            if (!table) {
                terms.add(new Term(line.strip(), "*", "", Set.of()));
                continue;
            }
            if (cells.length < 2) {
                throw new IllegalStateException(file + ": a term needs a language: " + line);
            }
            String value = cells.length > 2 ? cells[2].strip() : "";
            Set<String> tags = new LinkedHashSet<>();
            for (int i = 2; i < cells.length; i++) {
                tags.addAll(Arrays.asList(cells[i].strip().split("\\s+")));
            }
            terms.add(new Term(cells[0].strip(), cells[1].strip(), value, Set.copyOf(tags)));
        }
        return new Lexicon(file, terms);
    }

    public String name() {
        return name;
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Term> terms(Predicate<Term> which) {
        return terms.stream().filter(which).toList();
    }

    public List<String> texts() {
        return terms.stream().map(Term::text).toList();
    }

    public List<String> texts(Predicate<Term> which) {
        return terms.stream().filter(which).map(Term::text).toList();
    }

    /** The terms in lower case, for lookups. */
    public Set<String> lowerCase(Predicate<Term> which) {
        return terms.stream().filter(which).map(t -> t.text().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** A regex alternation of the terms ({@code a|b|c}, no group), longest first, each quoted. */
    public String alternation(Predicate<Term> which) {
        return alternation(texts(which));
    }

    public String alternation() {
        return alternation(texts());
    }

    /** Longest first, so that an alternation never stops at a prefix ("WIT" of "WITA"). */
    public static String alternation(Collection<String> words) {
        return words.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Lexicon::quote)
                .collect(Collectors.joining("|"));
    }

    /** A phrase as a regex: letters as they are, spaces as any run of spaces, other characters quoted. */
    private static String quote(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append("\\s+");
            }
            out.append(word.chars().allMatch(Character::isLetterOrDigit) ? word : Pattern.quote(word));
        }
        return out.toString();
    }
}
