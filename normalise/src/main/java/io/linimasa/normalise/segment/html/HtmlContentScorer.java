package io.linimasa.normalise.segment.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds the article, with the ideas of the best extractors: every paragraph
 * scores by its length and commas and gives its score to its containers (Readability), containers
 * weigh by their tag and by the words of their class and id, scores shrink with link density, and
 * the best container takes along the siblings that score near it. One bottom-up pass gathers text
 * and link lengths for every element, so the work stays linear in the size of the page whatever its
 * depth.
 */
final class HtmlContentScorer {

    /** Text measures of one element and its descendants. Lengths count characters with space runs as one. */
    static final class Stats {
        final Element element;
        int text;
        int links;
        int commas;
        /** Text of the element's own inline content (text nodes and inline children), not of its blocks. */
        int inline;
        int inlineCommas;
        boolean blockChild;
        int paragraphs;
        /** List items among the children, and those that hold a link. */
        int items;
        int linkedItems;
        double score;
        boolean candidate;
        /** The best score of a candidate inside this element (itself included). */
        double best;

        Stats(Element element) {
            this.element = element;
        }

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }
    }

    static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn",
            "em", "font", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
            "time", "u", "var", "wbr", "del", "ins", "label", "big", "tt", "strike", "nobr", "picture", "source");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td");
    private static final Set<String> FURNITURE = Set.of("figure", "figcaption", "footer", "form", "address");

    private static final int ANCESTOR_LEVELS = 5;
    /** How far up the tree the selection may climb: bounded, so a hostile depth costs nothing. */
    private static final int CLIMB = 64;

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    /** The same, in document order: scoring in a fixed order keeps the result the same run after run. */
    private final List<Stats> inOrder = new ArrayList<>();
    private final Element body;
    private final HtmlHints hints;

    /**
     * @param excluded elements whose subtree is left out (not measured, not scored, not article), or
     *                 null; never asked inside tables and code, whose cells carry any names
     */
    HtmlContentScorer(Element body, HtmlHints hints, Predicate<Element> excluded) {
        this.body = body;
        this.hints = hints;
        measure(excluded);
    }

    Stats stats(Element e) {
        return stats.get(e);
    }

    /** One post-order pass over the body: text, link text, commas and inline text of every element. */
    private void measure(Predicate<Element> excluded) {
        Deque<Stats> open = new ArrayDeque<>();
        int[] inLink = {0};
        int[] inTableOrCode = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (excluded != null && e != body && inTableOrCode[0] == 0 && excluded.test(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("table") || e.normalName().equals("code")) {
                        inTableOrCode[0]++;
                    }
                    Stats s = new Stats(e);
                    stats.put(e, s);
                    inOrder.add(s);
                    open.push(s);
                    if (e.normalName().equals("a")) {
                        inLink[0]++;
                    }
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    String text = t.getWholeText();
                    int length = collapsedLength(text);
                    int commas = commas(text);
                    Stats s = open.peek();
                    s.text += length;
                    s.inline += length;
                    s.commas += commas;
                    s.inlineCommas += commas;
                    if (inLink[0] > 0) {
                        s.links += length;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                Stats s = open.pop();
                if (e.normalName().equals("a")) {
                    inLink[0]--;
                }
                if (e.normalName().equals("table") || e.normalName().equals("code")) {
                    inTableOrCode[0]--;
                }
                Stats parent = open.peek();
                if (parent == null) {
                    return FilterResult.CONTINUE;
                }
                parent.text += s.text;
                parent.links += s.links;
                parent.commas += s.commas;
                parent.paragraphs += s.paragraphs + (e.normalName().equals("p") ? 1 : 0);
                if (e.normalName().equals("li")) {
                    parent.items++;
                    parent.linkedItems += s.links > 0 ? 1 : 0;
                }
                if (INLINE.contains(e.normalName())) {
                    parent.inline += s.inline;
                    parent.inlineCommas += s.inlineCommas;
                    parent.blockChild |= s.blockChild;
                } else {
                    parent.blockChild = true;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /** The elements that hold the article, in document order: the best container and its kin. */
    List<Element> select() {
        List<Stats> candidates = score();
        if (candidates.isEmpty()) {
            return List.of(body);
        }
        candidates.sort(Comparator.comparingDouble((Stats s) -> s.score).reversed());
        Stats top = candidates.get(0);
        top = preferCommonAncestor(top, candidates);
        top = climb(top);
        return withSiblings(top);
    }

    /** Readability's scoring: paragraphs give 1 + commas + length/100 (at most 3) to five levels of containers. */
    private List<Stats> score() {
        List<Stats> candidates = new ArrayList<>();
        for (Stats s : inOrder) {
            Element e = s.element;
            String tag = e.normalName();
            int length;
            int commas;
            Element container;
            if (PARAGRAPHS.contains(tag)) {
                if (tag.equals("td") && s.paragraphs > 0) {
                    continue;
                }
                length = s.text;
                commas = s.commas;
                container = e.parent();
            } else if (!INLINE.contains(tag) && s.inline >= 25 && !isHeading(tag) && !tag.equals("li")) {
                // Text straight in a div (old layouts, <br> paragraphs): a paragraph of its own when the
                // div holds no blocks, else a paragraph inside the div.
                length = s.inline;
                commas = s.inlineCommas;
                container = s.blockChild ? e : e.parent();
            } else {
                continue;
            }
            if (length < 25 || container == null) {
                continue;
            }
            double points = 1 + commas + Math.min(length / 100, 3);
            Element ancestor = container;
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                Stats a = stats.get(ancestor);
                if (a == null) {
                    break;
                }
                if (!a.candidate) {
                    a.candidate = true;
                    a.score = initialScore(ancestor);
                    candidates.add(a);
                }
                a.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                ancestor = ancestor.parent();
            }
        }
        for (Stats c : candidates) {
            c.score *= 1 - c.linkDensity();
        }
        for (Stats c : candidates) {
            Element e = c.element;
            for (int up = 0; up < CLIMB && e != null; up++) {
                Stats s = stats.get(e);
                if (s == null || s.best >= c.score) {
                    break;
                }
                s.best = c.score;
                e = e.parent();
            }
        }
        return candidates;
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + hints.weight(e);
    }

    /** When three of the top five candidates sit in one ancestor of the best, the article is that ancestor. */
    private Stats preferCommonAncestor(Stats top, List<Stats> sorted) {
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, sorted.size()); i++) {
            if (sorted.get(i).score >= top.score * 0.75) {
                alternatives.add(sorted.get(i).element);
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        Element ancestor = top.element.parent();
        for (int up = 0; up < CLIMB && ancestor != null && ancestor != body.parent(); up++) {
            int containing = 0;
            for (Element alternative : alternatives) {
                if (isAncestor(ancestor, alternative)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                Stats s = stats.get(ancestor);
                return s != null ? s : top;
            }
            ancestor = ancestor.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        Element p = e.parent();
        for (int up = 0; up < CLIMB && p != null; up++) {
            if (p == ancestor) {
                return true;
            }
            p = p.parent();
        }
        return false;
    }

    /** Readability: climb while a parent scores higher than the child; then past wrappers with one child. */
    private Stats climb(Stats top) {
        double last = top.score;
        double threshold = last / 3;
        Element parent = top.element.parent();
        for (int up = 0; up < CLIMB && parent != null && parent != body; up++) {
            Stats p = stats.get(parent);
            if (p == null) {
                break;
            }
            if (!p.candidate) {
                parent = parent.parent();
                continue;
            }
            if (p.score < threshold) {
                break;
            }
            if (p.score > last) {
                top = p;
                break;
            }
            last = p.score;
            parent = parent.parent();
        }
        for (int up = 0; up < CLIMB; up++) {
            Element p = top.element.parent();
            if (p == null || p == body || p.childrenSize() != 1 || stats.get(p) == null) {
                break;
            }
            top = stats.get(p);
        }
        return top;
    }

    /** The container and the siblings that score near it, or are paragraphs of text, in document order. */
    private List<Element> withSiblings(Stats top) {
        Element parent = top.element.parent();
        if (parent == null) {
            return List.of(top.element);
        }
        double threshold = Math.max(10, top.score * 0.2);
        String className = top.element.className();
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top.element) {
                roots.add(sibling);
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null) {
                continue;
            }
            if (FURNITURE.contains(sibling.normalName()) || HtmlHints.furniture(hints.of(sibling))) {
                continue;
            }
            double bonus = !className.isEmpty() && className.equals(sibling.className()) ? top.score * 0.2 : 0;
            // Readability takes scored siblings; a sibling that holds a good candidate deeper down (a
            // second part of the article in its own wrapper) is taken too.
            if ((s.candidate && s.score + bonus >= threshold) || (s.best >= threshold && s.linkDensity() < 0.25)) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p") || (!s.blockChild && s.inline > 0 && !INLINE.contains(sibling.normalName()))) {
                double density = s.linkDensity();
                if (s.text > 80 && density < 0.25) {
                    roots.add(sibling);
                } else if (s.text < 80 && s.text > 0 && density == 0 && endsSentence(sibling.text())) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.contains(". ");
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    static int collapsedLength(String text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) {
                    length++;
                    space = true;
                }
            } else {
                length++;
                space = false;
            }
        }
        return length;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C', '\u3001' -> n++;
                default -> {
                }
            }
        }
        return n;
    }
}
