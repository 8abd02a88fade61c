package io.linimasa.normalise.fields;

import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.rules.LineRule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that credit an outlet or a source after the story: "Artikel ini telah tayang di Kompas.com
 * dengan judul ...", "© 2023 Tempo Media Group", "Sumber: Reuters". A "Sumber:" credit names where
 * a story came from, never the outlet.
 */
public final class CreditLines {

    private static final int LONGEST_CREDIT = 2_000;
    private static final int CI = Pattern.CASE_INSENSITIVE;

    static final LineRule SOURCE = LineRule.whole("credit-source", 200, Cue.any(Cue.SOURCE),
            "^(?:sumber|source)\\s*:?(?:\\s+(?<source>.{2,60}))?$", CI);
    static final LineRule PUBLISHED_ELSEWHERE = LineRule.whole("credit-published-elsewhere", LONGEST_CREDIT,
            Cue.any(Cue.PUBLISHED_ELSEWHERE), "^artikel ini telah tayang di (?<outlet>\\S+?)(?: dengan judul .*)?$", CI);
    static final LineRule COPYRIGHT = LineRule.whole("credit-copyright", LONGEST_CREDIT, Cue.any(Cue.COPYRIGHT_SIGN),
            "^(?:copyright\\s*)?[©@]\\s*(?:\\d{4}\\s+)?(?<outlet>[\\p{L}.-]+(?: [\\p{L}.-]+){0,4}?)(?:\\s+\\d{4})?\\.?"
                    + "(?:\\s+[-–]\\s+.*|\\s+all rights reserved\\.?)?$", CI);
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("\\s+(?:Media Network|Media Group|Inc|Ltd|Limited|Corp|Group|Tbk)\\.?$");


    private CreditLines() {
    }

    public static boolean isSource(String line, long cues) {
        return SOURCE.matches(line, cues);
    }

    /** The outlet a "telah tayang di" or copyright line credits, without its company suffix; or null. */
    public static String creditedOutlet(String line, long cues) {
        Matcher m = PUBLISHED_ELSEWHERE.match(line, cues);
        if (m == null) {
            m = COPYRIGHT.match(line, cues);
        }
        return m == null ? null : COMPANY_SUFFIX.matcher(m.group("outlet")).replaceAll("");
    }
}
