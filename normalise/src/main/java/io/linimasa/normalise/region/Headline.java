package io.linimasa.normalise.region;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.label.Menus;
import io.linimasa.normalise.label.PageLabels;
import java.time.ZoneOffset;

/**
 * Where a text page's headline stands: a line near the top that reads like one (not a site, menu,
 * section or breadcrumb), preferring one that a date line, a byline or the lead follows closely.
 */
final class Headline {

    /** How far into the page the title may stand. */
    private static final int TITLE_LINES = 20;
    /** How close below a headline its date line, byline or lead stands (a subtitle may come between). */
    private static final int HEADLINE_REACH = 2;
    /** Any zone: here only whether a line is a date line matters, not its offset. */
    private static final ZoneOffset ANY_ZONE = ZoneOffset.ofHours(7);

    private Headline() {
    }

    static int index(PageLabels labels) {
        int limit = Math.min(labels.size(), TITLE_LINES);
        int first = -1;
        for (int i = 0; i < limit; i++) {
            Block block = labels.block(i);
            if (first >= 0 && labels.looksLikeParagraph(i, "")) {
                break; // the article has begun: its headline stands above
            }
            if (block.words() < 4 || block.text().endsWith(".") || Menus.isBreadcrumb(block.text(), block.cues())
                    || Menus.isMenu(block.text()) || labels.isFurniturePhrase(i)
                    || labels.labeller().outlets().lookup(block.text()) != null || labels.dateLines(i).whole().isPresent()) {
                continue;
            }
            first = first < 0 ? i : first;
            for (int j = i + 1; j <= i + HEADLINE_REACH && j < labels.size(); j++) {
                if (introducesArticle(labels, j)) {
                    return i;
                }
            }
        }
        return Math.max(first, 0);
    }

    /** A date line, a byline or a lead: what follows a headline. */
    private static boolean introducesArticle(PageLabels labels, int i) {
        Block block = labels.block(i);
        return labels.dateLines(i).select(ANY_ZONE).isPresent()
                || labels.labeller().bylines().looksLikeByline(block.text(), block.cues())
                || labels.labeller().leads().read(block.text(), block.cues(), 0) != null;
    }
}
