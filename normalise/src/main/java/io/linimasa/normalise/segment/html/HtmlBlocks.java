package io.linimasa.normalise.segment.html;

import io.linimasa.normalise.Markup;
import io.linimasa.normalise.NoArticleFoundException;
import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.block.Source;
import io.linimasa.normalise.text.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML front door: jsoup parses the page once, its markup metadata is read
 * ({@link HtmlMetadata}), markup that is never article text is dropped, the element holding the
 * article is found ({@link HtmlContentScorer}), and its text becomes blocks in reading order for the
 * shared rules, without the page furniture that sits inside articles (share bars, related links,
 * captions, comment threads). What the markup states for sure wins over what the text rules guess.
 *
 * <p>Hostile pages stay bounded: pages larger than {@link #MAX_CHARS}, with more than
 * {@link #MAX_TAGS} tags or {@link #MAX_FORMATTING_TAGS} formatting tags are refused before
 * parsing, pages that still parse into more than {@link #MAX_ELEMENTS} elements after it; every walk
 * of the tree is iterative and linear whatever its depth, and class, id and style values are read
 * only in short prefixes. Refusals are {@link NoArticleFoundException}s (422 at the REST layer).
 */
public final class HtmlBlocks {

    /** Far above any article page (the REST layer takes 4 MB); refused before parsing above it. */
    static final int MAX_CHARS = 8 * 1024 * 1024;
    /** Article pages carry a few thousand tags; a page with more than this is not an article. */
    static final int MAX_TAGS = 200_000;
    /**
     * Unclosed formatting elements (b, i, a, font...) are reopened by the parser in every block that
     * follows, at most twelve at a time: their number bounds how many elements a page can make.
     */
    static final int MAX_FORMATTING_TAGS = 30_000;
    /** Above this many elements after parsing the page is refused. */
    static final int MAX_ELEMENTS = 500_000;
    private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s",
            "small", "strike", "strong", "tt", "u");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "br", "header", "footer",
            "figure", "figcaption", "dd", "dt", "dl", "hr", "address", "caption", "center", "details", "summary");
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "select", "input", "textarea", "option", "nav", "aside", "dialog",
            "menu", "math", "video", "audio", "map", "head", "link", "meta");
    /** Table cells: a row is one block, its cells apart by a space. */
    private static final Set<String> CELLS = Set.of("td", "th");
    /** Elements inside an article that are not its text. */
    private static final Set<String> FURNITURE = Set.of("figure", "figcaption", "footer", "form", "h1", "address",
            "picture", "label");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    /** Link density above which a list whose every item links elsewhere is a list of other stories. */
    private static final double LIST_LINK_DENSITY = 0.35;
    /** An unlikely candidate holding this share of the page's text is a wrapper of the whole page. */
    private static final double WRAPPER_SHARE = 0.85;
    /** The share of the found text a JSON-LD articleBody must hold to be taken as the whole article. */
    private static final double STATED_COVERAGE = 0.6;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Readability's character threshold: an article shorter than this is looked for again. */
    private static final int RETRY_BELOW = 500;

    /** The page's blocks in reading order, the title first, and what its markup states. */
    public record Page(List<Block> blocks, Markup markup) {

        /** The blocks' texts. */
        public List<String> texts() {
            return blocks.stream().map(Block::text).toList();
        }
    }

    private HtmlBlocks() {
    }

    /**
     * @throws NoArticleFoundException when the page is refused (too large, too many tags or
     *                                 elements); an empty page gives no blocks
     */
    public static Page read(String html) {
        if (html.length() > MAX_CHARS) {
            throw new NoArticleFoundException("the page is larger than " + MAX_CHARS + " characters");
        }
        checkTags(html);
        Document doc = Jsoup.parse(html);
        HtmlMetadata.Found found = HtmlMetadata.read(doc);
        Markup markup = found.markup();
        Element body = doc.body();
        clean(body);
        String title = markup.title();
        String titleKey = title == null ? "" : Text.key(title);
        HtmlHints hints = new HtmlHints();
        // Readability's way: first without the unlikely candidates (menus, comments, sidebars by
        // their names), except wrappers that hold nearly all the page's text whatever their name;
        // when that leaves too little, again with them.
        HtmlContentScorer all = new HtmlContentScorer(body, hints, null);
        int pageText = all.stats(body).text;
        HtmlContentScorer likely = new HtmlContentScorer(body, hints,
                e -> unlikely(e, hints) && all.stats(e) != null && all.stats(e).text < pageText * WRAPPER_SHARE);
        List<Block> blocks = emit(likely, hints, titleKey);
        if (length(blocks) < RETRY_BELOW) {
            List<Block> retry = emit(all, hints, titleKey);
            if (length(retry) > length(blocks)) {
                blocks = retry;
            }
        }
        blocks = keepStatedBody(blocks, found.articleBody());
        if (title != null) {
            blocks.add(0, new Block(0, title, Source.MARKUP_TITLE, 0));
        }
        List<Block> numbered = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            numbered.add(block.at(numbered.size()));
        }
        return new Page(numbered, markup);
    }

    private static List<Block> emit(HtmlContentScorer scorer, HtmlHints hints, String titleKey) {
        List<Block> blocks = new ArrayList<>();
        List<Element> roots = scorer.select();
        int text = 0;
        for (Element root : roots) {
            text += scorer.stats(root) == null ? 0 : scorer.stats(root).text;
        }
        for (Element root : roots) {
            emit(root, scorer, hints, blocks, titleKey, text);
        }
        return blocks;
    }

    /**
     * When the page states its whole article body in JSON-LD, the blocks before and after it that
     * share nothing with it (bylines, date lines, promotions) are left out; inside, quoted posts
     * that the stated body lacks stay. A stated body that covers only part of what was found (a
     * teaser, a paywall cut) decides nothing.
     */
    static List<Block> keepStatedBody(List<Block> blocks, String statedBody) {
        if (statedBody == null || statedBody.length() < 200) {
            return blocks;
        }
        Set<String> stated = trigrams(statedBody);
        int found = 0;
        int known = 0;
        for (Block block : blocks) {
            for (String gram : trigrams(block.text())) {
                found++;
                known += stated.contains(gram) ? 1 : 0;
            }
        }
        if (found == 0 || known < found * STATED_COVERAGE) {
            return blocks;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Set<String> grams = trigrams(blocks.get(i).text());
            int inStated = 0;
            for (String gram : grams) {
                inStated += stated.contains(gram) ? 1 : 0;
            }
            if (grams.isEmpty() || inStated * 2 >= grams.size()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? blocks : new ArrayList<>(blocks.subList(first, last + 1));
    }

    /** Word trigrams of a text, lower case, letters and digits only. */
    private static Set<String> trigrams(String text) {
        String[] words = WORD_SPLIT.split(text.toLowerCase(Locale.ROOT));
        Set<String> grams = new HashSet<>();
        List<String> w = new ArrayList<>(words.length);
        for (String word : words) {
            if (!word.isEmpty()) {
                w.add(word);
            }
        }
        for (int i = 0; i + 3 <= w.size(); i++) {
            grams.add(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2));
        }
        return grams;
    }

    private static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.length();
        }
        return n;
    }

    /** Counts start tags ('<' and a letter) without parsing: the bounds checked before jsoup runs. */
    private static void checkTags(String html) {
        int tags = 0;
        int formatting = 0;
        char[] name = new char[7];
        int n = html.length();
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < n; i = html.indexOf('<', i + 1)) {
            if (!isAsciiLetter(html.charAt(i + 1))) {
                continue;
            }
            if (++tags > MAX_TAGS) {
                throw new NoArticleFoundException("the page has more than " + MAX_TAGS + " tags");
            }
            int length = 0;
            for (int j = i + 1; j < n && length < name.length && isAsciiLetter(html.charAt(j)); j++) {
                name[length++] = (char) (html.charAt(j) | 0x20);
            }
            if (length < name.length && FORMATTING.contains(new String(name, 0, length)) && ++formatting > MAX_FORMATTING_TAGS) {
                throw new NoArticleFoundException("the page has more than " + MAX_FORMATTING_TAGS + " formatting tags");
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** Drops what is never article text: scripts, forms, navigation, hidden elements. */
    private static void clean(Element body) {
        List<Element> drop = new ArrayList<>();
        int[] elements = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (++elements[0] > MAX_ELEMENTS) {
                    throw new NoArticleFoundException("the page has more than " + MAX_ELEMENTS + " elements");
                }
                if (e != body && (NEVER_TEXT.contains(e.normalName()) || hidden(e))) {
                    drop.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        drop.forEach(Element::remove);
    }

    private static boolean hidden(Element e) {
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("p")
                || hiddenStyle(e.attr("style"));
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = (style.length() > 200 ? style.substring(0, 200) : style).toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean unlikely(Element e, HtmlHints hints) {
        String tag = e.normalName();
        if (tag.equals("a") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return UNLIKELY_ROLES.contains(e.attr("role")) || HtmlHints.unlikely(hints.of(e));
    }

    /**
     * The text of one content root as blocks, leaving out the furniture inside it.
     *
     * @param articleText the text length of all the roots: furniture holds a minor part of it
     */
    private static void emit(Element root, HtmlContentScorer scorer, HtmlHints hints, List<Block> blocks,
            String titleKey, int articleText) {
        StringBuilder current = new StringBuilder();
        // The block elements open around the text being gathered: the innermost one is where it stands.
        Deque<String> open = new ArrayDeque<>();
        int[] link = {0};
        int[] linkChars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.getWholeText();
                    current.append(t);
                    if (link[0] > 0) {
                        linkChars[0] += HtmlContentScorer.collapsedLength(t);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e != root && (scorer.stats(e) == null || isFurniture(e, scorer.stats(e), hints, articleText))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("a")) {
                    link[0]++;
                }
                if (BLOCKS.contains(e.normalName())) {
                    flush(current, linkChars, blocks, titleKey, open.peek());
                    open.push(e.normalName());
                } else if (CELLS.contains(e.normalName())) {
                    current.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        link[0]--;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush(current, linkChars, blocks, titleKey, open.peek());
                        open.poll();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, linkChars, blocks, titleKey, open.peek());
    }

    private static boolean isFurniture(Element e, HtmlContentScorer.Stats s, HtmlHints hints, int articleText) {
        String tag = e.normalName();
        if (FURNITURE.contains(tag)) {
            return true;
        }
        boolean minor = s.text < articleText / 2;
        if (minor && HtmlHints.furniture(hints.of(e))) {
            return true;
        }
        // Lists of links (related stories, tags, share buttons).
        if (minor && s.items >= 3 && s.linkedItems == s.items && s.linkDensity() > LIST_LINK_DENSITY) {
            return true;
        }
        return minor && s.text > 0 && s.linkDensity() > 0.5 && !tag.equals("p") && !HtmlContentScorer.INLINE.contains(tag);
    }

    private static void flush(StringBuilder current, int[] linkChars, List<Block> blocks, String titleKey, String tag) {
        String block = Text.clean(current.toString());
        current.setLength(0);
        int links = linkChars[0];
        linkChars[0] = 0;
        if (block.isEmpty()) {
            return;
        }
        // Links standing alone (related stories, tags); a linked sentence, or an address the reader
        // sees written out, is text.
        if (links > 0 && links >= HtmlContentScorer.collapsedLength(block) * 0.6
                && !(Text.wordCount(block) >= 8 && Text.endsLikeSentence(block)) && !endsWithAddress(block)) {
            return;
        }
        if (!titleKey.isEmpty() && Text.key(block).equals(titleKey)) {
            return;
        }
        int length = HtmlContentScorer.collapsedLength(block);
        blocks.add(new Block(blocks.size(), block, source(tag), length == 0 ? 0 : Math.min(1.0, (double) links / length)));
    }

    /** The kind of block element the text stood in. */
    private static Source source(String tag) {
        if (tag == null) {
            return Source.OTHER;
        }
        return switch (tag) {
            case "p" -> Source.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Source.HEADING;
            case "li", "dd", "dt" -> Source.LIST_ITEM;
            case "blockquote" -> Source.QUOTE;
            case "tr", "table" -> Source.TABLE_ROW;
            case "pre" -> Source.PREFORMATTED;
            case "figcaption", "caption" -> Source.CAPTION;
            default -> Source.OTHER;
        };
    }

    private static boolean endsWithAddress(String block) {
        String last = block.substring(block.lastIndexOf(' ') + 1);
        return last.startsWith("http://") || last.startsWith("https://") || last.startsWith("www.");
    }
}
