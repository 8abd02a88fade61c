package io.linimasa.normalise.label;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.fields.Bylines;
import io.linimasa.normalise.fields.DateLines;
import io.linimasa.normalise.region.Leads;
import io.linimasa.normalise.text.Text;
import java.util.List;

/** The labels of one page's blocks, each computed at most once (the rules are run on first use). */
public final class PageLabels {

    private final Labeller labeller;
    private final List<Block> blocks;
    private final Boilerplate.Verdict[] verdicts;
    private final DateLines[] dateLines;
    private final Bylines.Byline[] bylines;
    private final Boolean[] captions;
    private final Object[] leads;
    private final Boolean[] siteNames;

    PageLabels(Labeller labeller, List<Block> blocks) {
        this.labeller = labeller;
        this.blocks = blocks;
        int n = blocks.size();
        verdicts = new Boilerplate.Verdict[n];
        dateLines = new DateLines[n];
        bylines = new Bylines.Byline[n];
        captions = new Boolean[n];
        leads = new Object[n];
        siteNames = new Boolean[n];
    }

    private static final Object NO_LEAD = new Object();

    public List<Block> blocks() {
        return blocks;
    }

    public int size() {
        return blocks.size();
    }

    public Block block(int i) {
        return blocks.get(i);
    }

    public String text(int i) {
        return blocks.get(i).text();
    }

    public Labeller labeller() {
        return labeller;
    }

    /** The phrase rules' verdict on the block. */
    public Boilerplate.Verdict verdict(int i) {
        if (verdicts[i] == null) {
            verdicts[i] = labeller.boilerplate().judge(text(i));
        }
        return verdicts[i];
    }

    public boolean isFurniturePhrase(int i) {
        return verdict(i) != Boilerplate.Verdict.ARTICLE;
    }

    public DateLines dateLines(int i) {
        if (dateLines[i] == null) {
            dateLines[i] = DateLines.of(text(i));
        }
        return dateLines[i];
    }

    public Bylines.Byline byline(int i) {
        if (bylines[i] == null) {
            bylines[i] = labeller.bylines().read(text(i), block(i).cues());
        }
        return bylines[i];
    }

    /** A caption by its marks or credit (a repeat of the headline is told by {@link #isCaption(int, String)}). */
    public boolean isCaption(int i) {
        if (captions[i] == null) {
            captions[i] = Captions.isCaption(text(i), block(i).cues());
        }
        return captions[i];
    }

    public boolean isCaption(int i, String title) {
        String line = text(i);
        return (!title.isEmpty() && line.length() > title.length() && line.startsWith(title)) || isCaption(i);
    }

    /** The lead credit the block opens with, when at least six words of text follow it; or null. */
    public Leads.Lead lead(int i) {
        if (leads[i] == null) {
            Leads.Lead lead = labeller.leads().read(text(i), block(i).cues(), 6);
            leads[i] = lead == null ? NO_LEAD : lead;
        }
        return leads[i] == NO_LEAD ? null : (Leads.Lead) leads[i];
    }

    /** Whether the block names only a known outlet or a web address (a site name, a masthead). */
    public boolean isSiteName(int i) {
        if (siteNames[i] == null) {
            String line = text(i);
            siteNames[i] = labeller.outlets().lookup(line) != null
                    || (block(i).words() == 1 && io.linimasa.normalise.fields.Outlets.looksLikeDomain(line.strip()));
        }
        return siteNames[i];
    }

    /** A paragraph of running text: ten words or more, a sentence end, no caption. */
    public boolean looksLikeParagraph(int i, String title) {
        Block b = block(i);
        return b.words() >= 10 && b.endsLikeSentence() && !isCaption(i, title);
    }

    /** Title case and no sentence end: a subheading of the article, or a headline of another story. */
    public boolean isHeadlineShaped(int i) {
        Block b = block(i);
        return b.words() >= 4 && b.words() <= 25 && !b.endsLikeSentence()
                && !ListItems.isNumberedHeading(b.text(), b.cues()) && Text.capitalisedShare(b.text()) >= 0.7;
    }
}
