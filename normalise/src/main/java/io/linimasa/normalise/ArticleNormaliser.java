package io.linimasa.normalise;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.enrich.Enricher;
import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.fields.Bylines;
import io.linimasa.normalise.fields.Credits;
import io.linimasa.normalise.fields.HostOutlet;
import io.linimasa.normalise.fields.Outlets;
import io.linimasa.normalise.label.Labeller;
import io.linimasa.normalise.label.PageLabels;
import io.linimasa.normalise.label.SiteLines;
import io.linimasa.normalise.region.ArticleRegion;
import io.linimasa.normalise.score.BlockFeatures;
import io.linimasa.normalise.score.BlockModel;
import io.linimasa.normalise.score.ContentRegion;
import io.linimasa.normalise.segment.TextSegmenter;
import io.linimasa.normalise.segment.html.Charsets;
import io.linimasa.normalise.segment.html.HtmlBlocks;
import io.linimasa.normalise.text.Languages;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a raw page into the article a careful reader would write down. Pure logic, no I/O; the
 * rules and word lists under {@code normalise/} are loaded once. One instance serves any number of
 * threads. The stages, each in its own package:
 * <ol>
 * <li><b>segment</b> ({@code segment}, {@code segment.html}): the page as typed {@link Block}s in
 *     reading order; HTML also gives what its markup states for sure ({@link Markup});</li>
 * <li><b>label</b> ({@code label}): what each block is by itself: furniture phrase, date line,
 *     byline, caption, lead credit, site name;</li>
 * <li><b>region</b> ({@code region}): where the article stands: headline, header, body;</li>
 * <li><b>fields</b> ({@code fields}): title, time, outlet, authors, editors, dateline, language
 *     from the labelled blocks and the markup;</li>
 * <li><b>enrich</b> ({@code enrich.entities}, {@code enrich.events}): entities and dated events.</li>
 * </ol>
 * Word lists live in {@code lexicon}; every rule is a named, bounded {@code rules.LineRule} (or an
 * event rule, or a phrase of {@code boilerplate.txt}) with a table of cases in the tests.
 */
public final class ArticleNormaliser {

    /**
     * What the client said about where the page came from (hints, never overrides), and what the
     * site's earlier pages say about its lines ({@link SiteEvidence}; NONE when unknown).
     */
    public record Hints(String url, String sourceName, SiteEvidence site) {
        public static final Hints NONE = new Hints(null, null);

        public Hints {
            site = site == null ? SiteEvidence.NONE : site;
        }

        public Hints(String url, String sourceName) {
            this(url, sourceName, SiteEvidence.NONE);
        }
    }

    private final Entities entities = new Entities();
    private final Outlets outlets = new Outlets();
    private final Labeller labeller = new Labeller(outlets, entities);
    private final Bylines bylines = labeller.bylines();
    private final ArticleRegion region = new ArticleRegion(entities);
    private final Enricher enricher = new Enricher(entities);
    private final HostOutlet hostOutlet = new HostOutlet(outlets);
    private final BlockModel textModel;
    private final BlockModel htmlModel;

    /** A normaliser with the shipped block models. */
    public ArticleNormaliser() {
        this(BlockModel.shipped("text"), BlockModel.shipped("html"));
    }

    /** A normaliser with these block models (null: that front door reads by the rules alone), e.g. one trained without some pages. */
    public ArticleNormaliser(BlockModel textModel, BlockModel htmlModel) {
        this.textModel = textModel;
        this.htmlModel = htmlModel;
    }

    /** A page's blocks and their features: what the block models are trained on. */
    public record FeaturedBlocks(List<String> blocks, double[][] features) {
    }

    /** The blocks of a text page and their features. */
    public FeaturedBlocks textFeatures(String text) {
        return featured(TextSegmenter.segment(text));
    }

    /** The blocks of an HTML page that the DOM extraction chose, and their features. */
    public FeaturedBlocks htmlFeatures(String html) {
        return featured(HtmlBlocks.read(html).blocks());
    }

    private FeaturedBlocks featured(List<Block> blocks) {
        PageLabels labels = labeller.label(blocks);
        return new FeaturedBlocks(blocks.stream().map(Block::text).toList(),
                BlockFeatures.of(labels, Languages.detect(joined(blocks))));
    }

    /** The article of a page saved as text: one block per line. */
    public NormalisedArticle fromText(String text, Hints hints) {
        return read(TextSegmenter.segment(text), hints, Markup.NONE, false, true);
    }

    /** The article of an HTML page: its blocks through the same rules, and what its markup states. */
    public NormalisedArticle fromHtml(String html, Hints hints) {
        HtmlBlocks.Page page = HtmlBlocks.read(html);
        return read(page.blocks(), hints, page.markup(), true, true);
    }

    /**
     * The extraction step alone: title, metadata and body of an HTML page, without the entities
     * and dated events that enrich a stored article (they are empty). What extraction benchmarks
     * compare with other extractors.
     */
    public NormalisedArticle extractHtml(String html, Hints hints) {
        HtmlBlocks.Page page = HtmlBlocks.read(html);
        return read(page.blocks(), hints, page.markup(), true, false);
    }

    /** The extraction step of HTML given as bytes: decoded first ({@link Charsets#decode}). */
    public NormalisedArticle extractHtml(byte[] page, String httpCharset, Hints hints) {
        return extractHtml(Charsets.decode(page, httpCharset), hints);
    }

    /**
     * An HTML page given as bytes, in whatever charset it is: decoded by its byte-order mark, then
     * {@code httpCharset} (the charset parameter of the Content-Type it came with, or null), then its
     * {@code <meta charset>}, then a detector; never refused for its charset.
     */
    public NormalisedArticle fromHtml(byte[] page, String httpCharset, Hints hints) {
        return fromHtml(Charsets.decode(page, httpCharset), hints);
    }

    /** The same, for a text page: no entities, no events. */
    public NormalisedArticle extractText(String text, Hints hints) {
        return read(TextSegmenter.segment(text), hints, Markup.NONE, false, false);
    }

    private NormalisedArticle read(List<Block> blocks, Hints hints, Markup markup, boolean contentChosen, boolean enrich) {
        if (blocks.isEmpty()) {
            throw new NoArticleFoundException("the page has no text");
        }
        String pageLanguage = Languages.detect(joined(blocks));
        PageLabels labels = labeller.label(blocks, hints.site());
        Credits credits = new Credits(outlets);
        BlockModel model = contentChosen ? htmlModel : textModel;
        ContentRegion.Run run = model == null ? null : run(labels, pageLanguage, model);
        ArticleRegion.Found found = region.read(labels, markup.title(), pageLanguage, credits, contentChosen, run);
        if (found.paragraphs().isEmpty()) {
            throw new NoArticleFoundException("no paragraph of article text was found");
        }
        String title = markup.title() != null ? markup.title() : labels.text(found.titleIndex());
        String outlet = outlet(markup, credits, hints);
        OffsetDateTime publishedAt = markup.publishedAt() != null ? markup.publishedAt() : found.publishedAt();
        Set<String> authors = new LinkedHashSet<>(markup.authors());
        authors.addAll(credits.authors());
        if (authors.isEmpty()) {
            found.bareNames().forEach(names -> authors.addAll(bylines.names(names)));
        }
        List<String> paragraphs = List.copyOf(found.paragraphs());
        LocalDate publishedDay = publishedAt == null ? null : publishedAt.toLocalDate();
        Enricher.Enrichment enrichment = enrich ? enricher.enrich(title, paragraphs, publishedDay) : Enricher.Enrichment.NONE;
        return new NormalisedArticle(
                title,
                publishedAt,
                outlet,
                List.copyOf(authors),
                List.copyOf(credits.editors()),
                found.place(),
                markup.language() != null ? markup.language() : Languages.detect(String.join("\n\n", paragraphs)),
                paragraphs,
                enrichment.entities(),
                enrichment.events());
    }

    /**
     * The publisher: what the markup states (og:site_name, JSON-LD publisher), else the outlet the
     * page credits, else the one its address names when listed, else the client's sourceName, else
     * the address's domain, else an agency the page credits (a wire story on a site that names itself nowhere).
     */
    private String outlet(Markup markup, Credits credits, Hints hints) {
        if (markup.outlet() != null) {
            return markup.outlet();
        }
        if (credits.outletNotAgency() != null) {
            return credits.outletNotAgency();
        }
        String listed = hostOutlet.listed(hints.url());
        if (listed != null) {
            return listed;
        }
        if (!blank(hints.sourceName())) {
            return hints.sourceName().strip();
        }
        String host = hostOutlet.spelled(hints.url());
        return host != null ? host : credits.outlet();
    }

    /**
     * The keys of a text page's lines that the caller records for the page's site, so that the
     * next pages of the site can tell its furniture ({@link SiteEvidence}): one key per distinct short line.
     */
    public Set<String> siteLineKeys(String text) {
        return siteLineKeys(TextSegmenter.segment(text));
    }

    /** The same for an HTML page: the keys of the blocks its DOM extraction chose. */
    public Set<String> siteLineKeysOfHtml(String html) {
        return siteLineKeys(HtmlBlocks.read(html).blocks());
    }

    private static Set<String> siteLineKeys(List<Block> blocks) {
        Set<String> keys = new LinkedHashSet<>();
        for (Block block : blocks) {
            String key = SiteLines.key(block);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Where the block model places the article. */
    private static ContentRegion.Run run(PageLabels labels, String language, BlockModel model) {
        double[][] features = BlockFeatures.of(labels, language);
        double[] probability = new double[features.length];
        int[] words = new int[features.length];
        for (int i = 0; i < features.length; i++) {
            probability[i] = model.probability(features[i]);
            words[i] = labels.block(i).words();
        }
        ContentRegion.Run run = ContentRegion.choose(probability, words, REGION_THRESHOLD);
        return run.isEmpty() ? null : run;
    }

    /** The content probability above which a block adds to the article's run (cross-validated on WCXB's dev split). */
    private static final double REGION_THRESHOLD = 0.4;

    private static String joined(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            out.append(block.text()).append(' ');
        }
        return out.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
