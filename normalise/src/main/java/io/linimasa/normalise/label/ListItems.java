package io.linimasa.normalise.label;

import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.rules.LineRule;

/** Items of lists and numbered subheadings: "- Medan Johor", "• Item", "2. Perdana Menteri Armenia ...". */
public final class ListItems {

    private static final int LONGEST_ITEM = 100_000;

    static final LineRule ITEM = LineRule.whole("list-item", LONGEST_ITEM, 0, "^(?:[-–•*]|\\d{1,2}[.)])\\s+\\S.*", 0);
    static final LineRule NUMBERED_HEADING = LineRule.whole("numbered-heading", LONGEST_ITEM, Cue.any(Cue.DIGIT),
            "^\\d{1,2}[.)]\\s+\\S.*", 0);

    private ListItems() {
    }

    public static boolean isItem(String line) {
        return ITEM.matches(line, -1L);
    }

    public static boolean isNumberedHeading(String line, long cues) {
        return NUMBERED_HEADING.matches(line, cues);
    }
}
