package io.linimasa.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The phrase rules of {@code normalise/boilerplate.txt}: lines that are page furniture, not article. */
final class Boilerplate {

    enum Verdict { ARTICLE, SKIP, END }

    private final List<Pattern> skip = new ArrayList<>();
    private final List<Pattern> end = new ArrayList<>();

    Boilerplate() {
        for (String rule : ResourceLines.read("boilerplate.txt")) {
            boolean ends = rule.startsWith("end:");
            Pattern pattern = Pattern.compile(ends ? rule.substring(4) : rule,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            (ends ? end : skip).add(pattern);
        }
    }

    Verdict judge(String line) {
        String trimmed = line.strip();
        for (Pattern pattern : end) {
            if (pattern.matcher(trimmed).matches()) {
                return Verdict.END;
            }
        }
        for (Pattern pattern : skip) {
            if (pattern.matcher(trimmed).matches()) {
                return Verdict.SKIP;
            }
        }
        return Verdict.ARTICLE;
    }
}
