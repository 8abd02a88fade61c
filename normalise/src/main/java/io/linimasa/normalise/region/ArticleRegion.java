package io.linimasa.normalise.region;

import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.fields.Credits;
import io.linimasa.normalise.label.PageLabels;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The region stage: where on the page the article stands (its headline, its header, its body from
 * the lead to the end of the story), and the credits printed around it. Never a lone fragment: the
 * body runs from where the header ends to where the furniture begins.
 */
public final class ArticleRegion {

    /** The article as found: the headline's block, the header's facts and the body's paragraphs. */
    public record Found(int titleIndex, OffsetDateTime publishedAt, String place, List<String> bareNames, List<String> paragraphs) {
    }

    private final HeaderReader header;
    private final BodyReader body = new BodyReader();

    public ArticleRegion(Entities places) {
        this.header = new HeaderReader(places);
    }

    /**
     * @param title         the headline the markup states, or null to take the headline block's text
     * @param contentChosen the blocks are what a DOM extractor chose as the article: the headline
     *                      is the first block and the guesses that stand in for markup on a text
     *                      page (where the body starts, which lines are other stories' headlines) are left out
     */
    public Found read(PageLabels labels, String title, String pageLanguage, Credits credits, boolean contentChosen) {
        int titleIndex = contentChosen ? 0 : Headline.index(labels);
        for (int i = 0; i < titleIndex; i++) {
            if (labels.isSiteName(i)) {
                credits.credit(labels.text(i));
            }
        }
        Header found = header.read(labels, titleIndex, pageLanguage, credits, contentChosen);
        String headline = title != null ? title : labels.text(titleIndex);
        List<String> paragraphs = body.read(labels, found, headline, credits, contentChosen);
        return new Found(titleIndex, found.publishedAt(), found.place(), found.bareNames(), paragraphs);
    }
}
