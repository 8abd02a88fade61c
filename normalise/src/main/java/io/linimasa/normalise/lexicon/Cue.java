package io.linimasa.normalise.lexicon;

/**
 * What a line may hold, as one bit each: words of a lexicon, or a kind of character. A rule names
 * the cues it cannot match without; {@link Cues#of} finds a line's cues in one pass, and a rule
 * whose cues the line lacks is never run on it.
 */
public enum Cue {
    DIGIT, SLASH, DASH, COLON, COMMA, PAREN, COPYRIGHT_SIGN, SEPARATOR,
    MONTH, WEEKDAY, ZONE, TIME_WORD, DATE_LABEL,
    AUTHOR_LABEL, EDITOR_LABEL, BYLINE_ROLE,
    CAPTION, SOCIAL, RELATED, DOMAIN, SOURCE, COPYRIGHT_WORD, PUBLISHED_ELSEWHERE, VERIFIED_WRITER, REPORTING;

    public long bit() {
        return 1L << ordinal();
    }

    /** The bits of several cues: a rule runs when the line has any of them. */
    public static long any(Cue... cues) {
        long mask = 0;
        for (Cue cue : cues) {
            mask |= cue.bit();
        }
        return mask;
    }
}
