package io.linimasa.normalise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The phrase rules of {@code normalise/boilerplate.txt}: lines that are page furniture, not article. */
final class Boilerplate {

    /** ARTICLE: may be article text; SKIP: furniture; LIST: a related-stories marker; END: the article is over. */
    enum Verdict { ARTICLE, SKIP, LIST, END }

    /** Furniture is short: a longer line is article text, and is not run through the rules. */
    private static final int LONGEST_RULE_LINE = 400;
    /** END and LIST rules are more specific than the SKIP ones that could also match, so they go first. */
    private static final List<Verdict> ORDER = List.of(Verdict.END, Verdict.LIST, Verdict.SKIP);

    /** One alternation per verdict: a line is matched three times, not once per rule. */
    private final Map<Verdict, Pattern> rules = new EnumMap<>(Verdict.class);

    Boilerplate() {
        Map<Verdict, List<String>> byVerdict = new EnumMap<>(Verdict.class);
        for (String line : ResourceLines.read("boilerplate.txt")) {
            Verdict verdict = line.startsWith("end:") ? Verdict.END : line.startsWith("list:") ? Verdict.LIST : Verdict.SKIP;
            String regex = verdict == Verdict.SKIP ? line : line.substring(line.indexOf(':') + 1);
            Pattern.compile(regex); // a bad rule fails here, naming itself, not inside the alternation
            byVerdict.computeIfAbsent(verdict, v -> new ArrayList<>()).add(regex);
        }
        byVerdict.forEach((verdict, regexes) -> rules.put(verdict, Pattern.compile(
                regexes.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    Verdict judge(String line) {
        String trimmed = line.strip();
        if (trimmed.length() > LONGEST_RULE_LINE) {
            return Verdict.ARTICLE;
        }
        for (Verdict verdict : ORDER) {
            Pattern pattern = rules.get(verdict);
            if (pattern != null && pattern.matcher(trimmed).matches()) {
                return verdict;
            }
        }
        return Verdict.ARTICLE;
    }
}
