package io.linimasa.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The phrase rules of {@code normalise/boilerplate.txt}: lines that are page furniture, not article. */
final class Boilerplate {

    /** ARTICLE: may be article text; SKIP: furniture; LIST: a related-stories marker; END: the article is over. */
    enum Verdict { ARTICLE, SKIP, LIST, END }

    private record Rule(Pattern pattern, Verdict verdict) {
    }

    private final List<Rule> rules = new ArrayList<>();

    Boilerplate() {
        for (String line : ResourceLines.read("boilerplate.txt")) {
            Verdict verdict = line.startsWith("end:") ? Verdict.END : line.startsWith("list:") ? Verdict.LIST : Verdict.SKIP;
            String regex = verdict == Verdict.SKIP ? line : line.substring(line.indexOf(':') + 1);
            rules.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), verdict));
        }
        // END and LIST rules are more specific than the SKIP ones that could also match.
        rules.sort((a, b) -> Integer.compare(rank(a.verdict()), rank(b.verdict())));
    }

    private static int rank(Verdict verdict) {
        return switch (verdict) {
            case END -> 0;
            case LIST -> 1;
            default -> 2;
        };
    }

    /** Furniture is short: a longer line is article text, and is not run through every rule. */
    private static final int LONGEST_RULE_LINE = 400;

    Verdict judge(String line) {
        String trimmed = line.strip();
        if (trimmed.length() > LONGEST_RULE_LINE) {
            return Verdict.ARTICLE;
        }
        for (Rule rule : rules) {
            if (rule.pattern().matcher(trimmed).matches()) {
                return rule.verdict();
            }
        }
        return Verdict.ARTICLE;
    }
}
