package io.linimasa.normalise.label;

import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.lexicon.Lexicons;
import io.linimasa.normalise.rules.LineRule;
import java.util.regex.Pattern;

/** Photo captions and credits: an agency's or photographer's credit, a "Foto:" mark. */
public final class Captions {

    /** How much of a line's end a credit may take; searching only there keeps the test linear. */
    private static final int CREDIT_TAIL = 120;
    private static final int LONGEST_CAPTION = 100_000;

    /** Markers that may stand anywhere in the line: "AP/Name", "(Foto: ...", "Photo: ...", "picture by". */
    static final LineRule MARK = LineRule.find("caption-mark", LONGEST_CAPTION, Cue.any(Cue.CAPTION),
            "\\b(?:" + Lexicons.CAPTION_AGENCIES.alternation() + ")\\s*/\\s*\\p{Lu}"
                    + "|\\((?:foto|photo|dok|file photo|ilustrasi)[.:]|\\b(?:foto|photo|picture)\\s*:\\s*\\S|\\bpicture by\\b",
            Pattern.CASE_INSENSITIVE);
    /** A credit that ends the line: "TEMPO/Aditya Pratama", "(JP/Anggara Wisnu)", "... Federation /". */
    static final LineRule CREDIT = LineRule.find("caption-credit", CREDIT_TAIL, Cue.any(Cue.SLASH),
            "(?:\\s/\\s*|(?<!pic\\.)(?:twitter|instagram)\\.com/\\w+\\)?\\.?\\s*|[\\p{L}.]+/\\s?\\p{Lu}\\p{Ll}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:/[\\p{L}\\d/]{2,12})?\\)?\\.?\\s*)$",
            0);


    private Captions() {
    }

    /** Whether the line is a caption or photo credit by its marks (what a title cannot tell). */
    public static boolean isCaption(String line, long cues) {
        String tail = line.substring(Math.max(0, line.length() - CREDIT_TAIL));
        return CREDIT.matches(tail, cues) || MARK.matches(line, cues);
    }

    /** A caption also repeats the headline and goes on ("Headline. Photo shows ..."). */
    public static boolean isCaption(String line, long cues, String title) {
        return (!title.isEmpty() && line.length() > title.length() && line.startsWith(title)) || isCaption(line, cues);
    }
}
