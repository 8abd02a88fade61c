package io.linimasa.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.linimasa.ingest.normalise.ArticleNormaliser;
import io.linimasa.ingest.normalise.HtmlBlocks;
import io.linimasa.ingest.normalise.NoArticleFoundException;
import java.util.List;
import net.dankito.readability4j.Readability4J;

/** The extractors measured on the benchmark's pages: ours and the Java peers, each page to its body text. */
final class AebTools {

    interface Tool {
        String name();

        /** The article body the tool finds in the page; empty when it finds none. */
        String extract(String url, String html) throws Exception;
    }

    static final String OURS = "linimasa";
    static final String READABILITY = "Readability4J";

    private AebTools() {
    }

    static final String OURS_EXTRACTION = "linimasa-dom";

    static final String OURS_FULL = "linimasa-full";

    static List<Tool> all() {
        return List.of(linimasa(), linimasaDom(), linimasaFull(), readability4j(), boilerpipe());
    }

    /**
     * Our DOM extraction alone (HtmlBlocks: the blocks after the title), before the shared text
     * rules: shows what those rules add or take away on HTML pages.
     */
    static Tool linimasaDom() {
        return new Tool() {
            @Override
            public String name() {
                return OURS_EXTRACTION;
            }

            @Override
            public String extract(String url, String html) {
                try {
                    List<String> blocks = HtmlBlocks.read(html).blocks();
                    return blocks.size() < 2 ? "" : String.join("\n\n", blocks.subList(1, blocks.size()));
                } catch (NoArticleFoundException e) {
                    return "";
                }
            }
        };
    }

    /** Our extractor: the DOM extraction and the shared text rules (ArticleNormaliser.extractHtml). */
    static Tool linimasa() {
        ArticleNormaliser normaliser = new ArticleNormaliser();
        return new Tool() {
            @Override
            public String name() {
                return OURS;
            }

            @Override
            public String extract(String url, String html) {
                try {
                    return normaliser.extractHtml(html, ArticleNormaliser.Hints.NONE).body();
                } catch (NoArticleFoundException e) {
                    return "";
                }
            }
        };
    }

    /** The whole ingest normalisation: extraction, then entities and dated events (fromHtml). */
    static Tool linimasaFull() {
        ArticleNormaliser normaliser = new ArticleNormaliser();
        return new Tool() {
            @Override
            public String name() {
                return OURS_FULL;
            }

            @Override
            public String extract(String url, String html) {
                try {
                    return normaliser.fromHtml(html, ArticleNormaliser.Hints.NONE).body();
                } catch (NoArticleFoundException e) {
                    return "";
                }
            }
        };
    }

    static Tool readability4j() {
        return new Tool() {
            @Override
            public String name() {
                return READABILITY;
            }

            @Override
            public String extract(String url, String html) {
                String text = new Readability4J(url == null ? "" : url, html).parse().getTextContent();
                return text == null ? "" : text;
            }
        };
    }

    static Tool boilerpipe() {
        return new Tool() {
            @Override
            public String name() {
                return "boilerpipe";
            }

            @Override
            public String extract(String url, String html) throws Exception {
                String text = ArticleExtractor.INSTANCE.getText(html);
                return text == null ? "" : text;
            }
        };
    }
}
