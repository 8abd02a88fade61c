package io.linimasa.ingest.normalise;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The HTML front door: jsoup parses the page, markup that is never article text is dropped, and
 * the rest becomes blocks in reading order for the shared rules. What the markup states for sure
 * (the title and publication time of OpenGraph and article:* meta, {@code <time datetime>}) wins
 * over what the text rules would guess.
 */
final class HtmlBlocks {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "br", "header", "footer",
            "figure", "figcaption", "dd", "dt", "dl", "hr", "address", "time");
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "select, nav, aside, [hidden], [aria-hidden=true], .comments, #comments";

    record Page(List<String> blocks, Markup markup) {
    }

    private HtmlBlocks() {
    }

    static Page read(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        OffsetDateTime publishedAt = parseTime(firstNonBlank(meta(doc, "article:published_time"),
                attr(doc.selectFirst("time[datetime]"), "datetime")));
        doc.select(NEVER_TEXT).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, blocks);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, blocks);
                }
            }
        });
        flush(current, blocks);
        if (title != null && (blocks.isEmpty() || !blocks.get(0).equals(title))) {
            blocks.remove(title);
            blocks.add(0, title);
        }
        return new Page(blocks, new Markup(title, publishedAt, null, List.of(), null));
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String block = Text.clean(current.toString());
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? null : Text.clean(e.attr("content"));
    }

    private static String text(Element e) {
        return e == null ? null : Text.clean(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static OffsetDateTime parseTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
