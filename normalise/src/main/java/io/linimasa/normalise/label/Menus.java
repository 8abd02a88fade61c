package io.linimasa.normalise.label;

import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.lexicon.Lexicons;
import io.linimasa.normalise.rules.LineRule;
import java.util.Locale;
import java.util.Set;

/** Navigation saved as lines: menus of section names ({@link Lexicons#SECTION_WORDS}) and breadcrumbs. */
public final class Menus {

    private static final Set<String> SECTION_WORDS = Lexicons.SECTION_WORDS.lowerCase(t -> true);
    private static final int LONGEST_MENU = 2_000;

    static final LineRule BREADCRUMB = LineRule.find("breadcrumb", LONGEST_MENU, Cue.any(Cue.SEPARATOR, Cue.SLASH),
            "»|›|\\s>\\s|\\s/\\s", 0);

    private Menus() {
    }

    public static boolean isBreadcrumb(String line, long cues) {
        return BREADCRUMB.matches(line, cues);
    }

    /** A navigation menu saved as one line: mostly section names, no punctuation or digits. */
    public static boolean isMenu(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (",:;.!?\"“”'’()".indexOf(c) >= 0 || Character.isDigit(c)) {
                return false;
            }
        }
        String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
        long sections = java.util.Arrays.stream(words).filter(SECTION_WORDS::contains).count();
        return sections >= 0.6 * words.length;
    }
}
