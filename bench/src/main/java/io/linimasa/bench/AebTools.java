package io.linimasa.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.segment.html.HtmlBlocks;
import io.linimasa.normalise.NoArticleFoundException;
import java.util.List;
import net.dankito.readability4j.Readability4J;

/** The extractors measured on the benchmark's pages: ours and the Java peers, each page to its body text. */
final class AebTools {

    /** How a tool reads a page into its article body. */
    interface Extraction {
        String body(String url, String html) throws Exception;
    }

    /** A named extractor; {@link #extract} gives the empty string when the tool finds no article. */
    record Tool(String name, Extraction extraction) {

        String extract(String url, String html) throws Exception {
            try {
                String body = extraction.body(url, html);
                return body == null ? "" : body;
            } catch (NoArticleFoundException e) {
                return "";
            }
        }
    }

    /** Our extractor: the DOM extraction and the shared text rules (ArticleNormaliser.extractHtml). */
    static final String OURS = "linimasa";
    /** Our DOM extraction alone (HtmlBlocks, the blocks after the title), before the shared text rules. */
    static final String OURS_EXTRACTION = "linimasa-dom";
    /** The whole ingest normalisation: extraction, then entities and dated events (fromHtml). */
    static final String OURS_FULL = "linimasa-full";
    static final String READABILITY = "Readability4J";

    private AebTools() {
    }

    static List<Tool> all() {
        ArticleNormaliser normaliser = new ArticleNormaliser();
        return List.of(
                new Tool(OURS, (url, html) -> normaliser.extractHtml(html, ArticleNormaliser.Hints.NONE).body()),
                new Tool(OURS_EXTRACTION, (url, html) -> {
                    List<String> blocks = HtmlBlocks.read(html).texts();
                    return blocks.size() < 2 ? "" : String.join("\n\n", blocks.subList(1, blocks.size()));
                }),
                new Tool(OURS_FULL, (url, html) -> normaliser.fromHtml(html, ArticleNormaliser.Hints.NONE).body()),
                new Tool(READABILITY, (url, html) -> new Readability4J(url == null ? "" : url, html).parse().getTextContent()),
                new Tool("boilerpipe", (url, html) -> ArticleExtractor.INSTANCE.getText(html)));
    }
}
