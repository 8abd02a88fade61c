package io.linimasa.normalise;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.enrich.Enricher;
import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.fields.Bylines;
import io.linimasa.normalise.fields.Credits;
import io.linimasa.normalise.fields.Outlets;
import io.linimasa.normalise.label.Labeller;
import io.linimasa.normalise.label.PageLabels;
import io.linimasa.normalise.region.ArticleRegion;
import io.linimasa.normalise.segment.TextSegmenter;
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

    /** What the client said about where the page came from: hints, never overrides. */
    public record Hints(String url, String sourceName) {
        public static final Hints NONE = new Hints(null, null);
    }

    private final Entities entities = new Entities();
    private final Outlets outlets = new Outlets();
    private final Labeller labeller = new Labeller(outlets, entities);
    private final Bylines bylines = labeller.bylines();
    private final ArticleRegion region = new ArticleRegion(entities);
    private final Enricher enricher = new Enricher(entities);

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

    /** The same, for a text page: no entities, no events. */
    public NormalisedArticle extractText(String text, Hints hints) {
        return read(TextSegmenter.segment(text), hints, Markup.NONE, false, false);
    }

    private NormalisedArticle read(List<Block> blocks, Hints hints, Markup markup, boolean contentChosen, boolean enrich) {
        if (blocks.isEmpty()) {
            throw new NoArticleFoundException("the page has no text");
        }
        String pageLanguage = Languages.detect(joined(blocks));
        PageLabels labels = labeller.label(blocks);
        Credits credits = new Credits(outlets);
        ArticleRegion.Found found = region.read(labels, markup.title(), pageLanguage, credits, contentChosen);
        if (found.paragraphs().isEmpty()) {
            throw new NoArticleFoundException("no paragraph of article text was found");
        }
        String title = markup.title() != null ? markup.title() : labels.text(found.titleIndex());
        String outlet = markup.outlet() != null ? markup.outlet()
                : credits.outlet() != null ? credits.outlet()
                : blank(hints.sourceName()) ? null : hints.sourceName().strip();
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
