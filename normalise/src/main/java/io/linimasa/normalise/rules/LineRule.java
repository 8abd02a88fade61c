package io.linimasa.normalise.rules;

import io.linimasa.normalise.lexicon.Cues;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex rule over one line (or a part of one): named, bounded by {@link #maxLength}, and kept off
 * lines that lack every one of its {@link io.linimasa.normalise.lexicon.Cue cues}. A part of a line
 * may be tested with the cues of the whole line: they are a superset of the part's.
 */
public final class LineRule implements Rule {

    /** Whether the rule must match the whole input or finds itself anywhere in it. */
    public enum Mode { WHOLE, FIND }

    private final String name;
    private final Mode mode;
    private final int maxLength;
    private final long cues;
    private final Pattern pattern;

    private LineRule(String name, Mode mode, int maxLength, long cues, Pattern pattern) {
        this.name = name;
        this.mode = mode;
        this.maxLength = maxLength;
        this.cues = cues;
        this.pattern = pattern;
    }

    /** A rule that matches a whole line; {@code cues} 0: no prefilter. */
    public static LineRule whole(String name, int maxLength, long cues, String regex, int flags) {
        return new LineRule(name, Mode.WHOLE, maxLength, cues, Pattern.compile(regex, flags));
    }

    public static LineRule whole(String name, int maxLength, long cues, String regex) {
        return whole(name, maxLength, cues, regex, 0);
    }

    /** A rule that finds itself anywhere in a line. */
    public static LineRule find(String name, int maxLength, long cues, String regex, int flags) {
        return new LineRule(name, Mode.FIND, maxLength, cues, Pattern.compile(regex, flags));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    public Mode mode() {
        return mode;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the rule may match a line of this length with these cues: if not, it is not run. */
    public boolean mayMatch(int length, long lineCues) {
        return length <= maxLength && (cues == 0 || (cues & lineCues) != 0);
    }

    /** The match (whole line, or the first found), or null; never runs the regex on a line it cannot match. */
    public Matcher match(CharSequence line, long lineCues) {
        if (!mayMatch(line.length(), lineCues)) {
            return null;
        }
        Matcher m = pattern.matcher(line);
        boolean hit = mode == Mode.WHOLE ? m.matches() : m.find();
        return hit ? m : null;
    }

    public Matcher match(CharSequence line) {
        return match(line, Cues.of(line));
    }

    public boolean matches(CharSequence line, long lineCues) {
        return match(line, lineCues) != null;
    }

    public boolean matches(CharSequence line) {
        return match(line) != null;
    }

    @Override
    public boolean test(String input) {
        return matches(input);
    }

    @Override
    public String toString() {
        return name;
    }
}
