package io.linimasa.normalise.label;

import io.linimasa.normalise.lexicon.Lexicon;
import io.linimasa.normalise.lexicon.ResourceLines;
import io.linimasa.normalise.rules.Rule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The phrase rules of {@code normalise/boilerplate.txt}: lines that are page furniture, not
 * article. Rules are data so that a new outlet's widget is one line there, with its case, not a
 * code change.
 */
public final class Boilerplate {

    /** ARTICLE: may be article text; SKIP: furniture; LIST: a related-stories marker; END: the article is over. */
    public enum Verdict { ARTICLE, SKIP, LIST, END }

    /** One line of the phrase file: its verdict, its pattern and the line it was written for. */
    public record PhraseRule(String name, Verdict verdict, Pattern pattern, String example) implements Rule {

        @Override
        public int maxLength() {
            return LONGEST_RULE_LINE;
        }

        @Override
        public boolean test(String input) {
            String trimmed = input.strip();
            return trimmed.length() <= LONGEST_RULE_LINE && pattern.matcher(trimmed).matches();
        }
    }

    /** Furniture is short: a longer line is article text, and is not run through the rules. */
    static final int LONGEST_RULE_LINE = 400;
    /** END and LIST rules are more specific than the SKIP ones that could also match, so they go first. */
    private static final List<Verdict> ORDER = List.of(Verdict.END, Verdict.LIST, Verdict.SKIP);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+):([a-z-]+)}");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<PhraseRule> RULES = read();

    /** One alternation per verdict: a line is matched three times, not once per rule. */
    private final Map<Verdict, Pattern> byVerdict = new EnumMap<>(Verdict.class);

    public Boilerplate() {
        Map<Verdict, List<String>> regexes = new EnumMap<>(Verdict.class);
        for (PhraseRule rule : RULES) {
            regexes.computeIfAbsent(rule.verdict(), v -> new ArrayList<>()).add(rule.pattern().pattern());
        }
        regexes.forEach((verdict, list) -> byVerdict.put(verdict, Pattern.compile(
                list.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")), FLAGS)));
    }

    public static List<PhraseRule> rules() {
        return RULES;
    }

    private static List<PhraseRule> read() {
        List<PhraseRule> rules = new ArrayList<>();
        int n = 0;
        for (String line : ResourceLines.read("boilerplate.txt")) {
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException("boilerplate.txt: verdict, pattern and case expected: " + line);
            }
            Verdict verdict = Verdict.valueOf(cells[0].strip().toUpperCase(Locale.ROOT));
            // a bad rule fails here, naming itself, not inside the alternation
            Pattern pattern = Pattern.compile(expand(cells[1]), FLAGS);
            rules.add(new PhraseRule("phrase-" + (++n) + " " + cells[2], verdict, pattern, cells[2]));
        }
        return List.copyOf(rules);
    }

    /** {related-links:marker}: the terms of that lexicon with that tag, as an alternation. */
    private static String expand(String regex) {
        Matcher m = PLACEHOLDER.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    Lexicon.read(m.group(1) + ".tsv").alternation(t -> t.has(tag))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public Verdict judge(String line) {
        String trimmed = line.strip();
        if (trimmed.length() > LONGEST_RULE_LINE) {
            return Verdict.ARTICLE;
        }
        for (Verdict verdict : ORDER) {
            Pattern pattern = byVerdict.get(verdict);
            if (pattern != null && pattern.matcher(trimmed).matches()) {
                return verdict;
            }
        }
        return Verdict.ARTICLE;
    }
}
