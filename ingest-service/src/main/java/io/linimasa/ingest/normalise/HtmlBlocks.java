package io.linimasa.ingest.normalise;

import java.util.ArrayList;
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
 * <p>Hostile pages stay bounded: pages larger than {@link #MAX_CHARS} or with more than
 * {@link #MAX_TAGS} tags are refused before parsing, every walk of the tree is iterative and
 * linear, and attribute values are read only in short prefixes.
 */
final class HtmlBlocks {

    /** Far above any article page (the REST layer takes 4 MB); refused before parsing above it. */
    static final int MAX_CHARS = 8 * 1024 * 1024;
    /** Real pages carry a few thousand tags; a page with more than this is not an article. */
    static final int MAX_TAGS = 250_000;

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
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental"
                    + "|ad-break|agegate|pagination|pager|popup|yom-remote");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    /** Class and id words of furniture inside an article. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "comment|share|sharing|social|related|newsletter|subscri|promo|sponsor|outbrain|taboola|recommend|popular"
                    + "|trending|breadcrumb|pagination|caption|credit|byline|toolbar|hidden|sr-only|modal|popup|cookie"
                    + "|signup|disclaimer|(?:^|[-_ ])(?:ad|ads|advert|advertisement|tags?|meta|author|bio|more)(?:$|[-_ ])");

    /** An unlikely candidate holding this share of the page's text is a wrapper of the whole page. */
    private static final double WRAPPER_SHARE = 0.85;
    /** Readability's character threshold: an article shorter than this is looked for again. */
    private static final int RETRY_BELOW = 500;

    record Page(List<String> blocks, Markup markup) {
    }

    private HtmlBlocks() {
    }

    static Page read(String html) {
        if (html.length() > MAX_CHARS) {
            throw new NoArticleFoundException("the page is larger than " + MAX_CHARS + " characters");
        }
        if (tags(html) > MAX_TAGS) {
            throw new NoArticleFoundException("the page has more than " + MAX_TAGS + " tags");
        }
        Document doc = Jsoup.parse(html);
        HtmlMetadata.Found found = HtmlMetadata.read(doc);
        Markup markup = found.markup();
        Element body = doc.body();
        clean(body);
        String title = markup.title();
        String titleKey = title == null ? "" : Text.key(title);
        // Readability's way: first without the unlikely candidates (menus, comments, sidebars by
        // their names), except wrappers that hold nearly all the page's text whatever their name;
        // when that leaves too little, again with them.
        HtmlContentScorer all = new HtmlContentScorer(body, null);
        int pageText = all.stats(body).text;
        HtmlContentScorer likely = new HtmlContentScorer(body,
                e -> unlikely(e) && all.stats(e) != null && all.stats(e).text < pageText * WRAPPER_SHARE);
        List<String> blocks = emit(likely, titleKey);
        if (length(blocks) < RETRY_BELOW) {
            List<String> retry = emit(all, titleKey);
            if (length(retry) > length(blocks)) {
                blocks = retry;
            }
        }
        if (title != null) {
            blocks.add(0, title);
        }
        return new Page(blocks, markup);
    }

    private static List<String> emit(HtmlContentScorer scorer, String titleKey) {
        List<String> blocks = new ArrayList<>();
        for (Element root : scorer.select()) {
            emit(root, scorer, blocks, titleKey);
        }
        return blocks;
    }

    private static int length(List<String> blocks) {
        int n = 0;
        for (String b : blocks) {
            n += b.length();
        }
        return n;
    }

    /** Counts start tags ('<' and a letter) without parsing: the bound checked before jsoup runs. */
    private static int tags(String html) {
        int count = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char c = html.charAt(i + 1);
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                count++;
            }
        }
        return count;
    }

    /** Drops what is never article text: scripts, forms, navigation, hidden elements. */
    private static void clean(Element body) {
        List<Element> drop = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != body && (NEVER_TEXT.contains(e.normalName()) || hidden(e))) {
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
                || hint(e.attr("style")).replace(" ", "").contains("display:none");
    }

    private static boolean unlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("a") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        if (UNLIKELY_ROLES.contains(e.attr("role"))) {
            return true;
        }
        String hint = hint(e.className() + " " + e.id());
        return hint.length() > 1 && UNLIKELY.matcher(hint).find() && !MAYBE.matcher(hint).find();
    }


    static String hint(String s) {
        return (s.length() > 200 ? s.substring(0, 200) : s).toLowerCase(Locale.ROOT);
    }

    /** The text of one content root as blocks, leaving out the furniture inside it. */
    private static void emit(Element root, HtmlContentScorer scorer, List<String> blocks, String titleKey) {
        HtmlContentScorer.Stats rootStats = scorer.stats(root);
        int rootText = rootStats == null ? 0 : rootStats.text;
        StringBuilder current = new StringBuilder();
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
                if (e != root && (scorer.stats(e) == null || isFurniture(e, scorer.stats(e), rootText))) {
                    if (HtmlContentScorer.DEBUG && e.text().length() > 150) {
                        System.out.println("skip " + (scorer.stats(e) == null ? "unmeasured " : "") + e.text().length() + " " + HtmlContentScorer.describe(e));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("a")) {
                    link[0]++;
                }
                if (BLOCKS.contains(e.normalName())) {
                    flush(current, linkChars, blocks, titleKey);
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
                        flush(current, linkChars, blocks, titleKey);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, linkChars, blocks, titleKey);
    }

    private static boolean isFurniture(Element e, HtmlContentScorer.Stats s, int rootText) {
        String tag = e.normalName();
        if (FURNITURE.contains(tag)) {
            return true;
        }
        boolean minor = s.text < rootText / 2;
        String hint = hint(e.className() + " " + e.id());
        if (minor && hint.length() > 1 && BOILERPLATE.matcher(hint).find()) {
            return true;
        }
        // Lists of links (related stories, tags, share buttons).
        return minor && s.text > 0 && s.linkDensity() > 0.5 && !tag.equals("p") && !HtmlContentScorer.INLINE.contains(tag);
    }

    private static void flush(StringBuilder current, int[] linkChars, List<String> blocks, String titleKey) {
        String block = Text.clean(current.toString());
        current.setLength(0);
        int links = linkChars[0];
        linkChars[0] = 0;
        if (block.isEmpty()) {
            return;
        }
        if (links > 0 && links >= HtmlContentScorer.collapsedLength(block) * 0.6) {
            return;
        }
        if (!titleKey.isEmpty() && Text.key(block).equals(titleKey)) {
            return;
        }
        blocks.add(block);
    }
}
