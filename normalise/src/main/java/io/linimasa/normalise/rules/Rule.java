package io.linimasa.normalise.rules;

/**
 * A named rule: a pattern with the longest input it is run on. Every rule has a table of cases
 * (the tests' {@code rule-cases.tsv}, {@code event-cases.tsv}, the phrase file's own examples) and
 * is run by the hostile-input loop; a rule without a case fails the build.
 */
public interface Rule {

    String name();

    /** Inputs longer than this are never run through the rule: the bound that keeps it linear. */
    int maxLength();

    /** Whether the rule fires on the input (matches it whole, or finds itself in it). */
    boolean test(String input);
}
