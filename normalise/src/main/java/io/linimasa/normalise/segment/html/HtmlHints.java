package io.linimasa.normalise.segment.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the class and id of an element say it is: article text, page furniture, or something quoted
 * in the article. The vocabularies are Readability's, widened with what news pages name their
 * share bars, newsletters and bylines. One page repeats the same class names many times, so each
 * distinct value is matched once per page.
 */
final class HtmlHints {

    /** Names content (Readability's positive words): +25 for a candidate container. */
    static final int POSITIVE = 1;
    /** Names furniture (Readability's negative words): -25 for a candidate container. */
    static final int NEGATIVE = 1 << 1;
    /** Readability's unlikely candidates (menus, comments, sidebars), unless {@link #MAYBE}. */
    static final int UNLIKELY = 1 << 2;
    static final int MAYBE = 1 << 3;
    /** Furniture inside an article: share bars, related links, captions, bylines, newsletters, ads. */
    static final int FURNITURE = 1 << 4;
    /** Quoted posts (tweets, Instagram): story text even in "social" wrappers. */
    static final int EMBED = 1 << 5;

    // Substrings, as Readability matches them ("articleBody", "post-content", "main-sidebar").
    private static final String[] POSITIVE_WORDS = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "post", "text", "blog", "story"};
    private static final String[] NEGATIVE_WORDS = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
        "foot", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget"};
    private static final String[] UNLIKELY_WORDS = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
        "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
        "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"};
    private static final String[] MAYBE_WORDS = {"and", "article", "body", "column", "content", "main", "shadow"};
    private static final String[] FURNITURE_WORDS = {"comment", "share", "sharing", "social", "related", "newsletter",
        "subscri", "promo", "sponsor", "outbrain", "taboola", "recommend", "popular", "trending", "breadcrumb",
        "pagination", "caption", "credit", "byline", "toolbar", "hidden", "sr-only", "modal", "popup", "cookie",
        "signup", "disclaimer", "widget", "d-none", "screen-reader", "visually-hidden"};
    private static final String[] EMBED_WORDS = {"tweet", "instagram-media"};
    /** "embed" names quoted posts, unless it is a picture's ("imageEmbedCaption"). */
    private static final String[] PICTURE_WORDS = {"image", "img", "photo", "picture", "caption", "video", "gallery"};
    // Whole words (between spaces, '-' and '_'): too short or common to match inside other words.
    private static final Set<String> NEGATIVE_TOKENS = Set.of("hid");
    private static final Set<String> FURNITURE_TOKENS = Set.of("ad", "ads", "advert", "advertisement", "tag", "tags",
            "meta", "author", "bio", "more", "cta", "date", "time", "timestamp", "published", "updated", "posted",
            "dateline");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_-]+");
    /** Only the start of a class or id is read: names are short, hostile values are not. */
    private static final int HINT_CHARS = 200;
    private static final int CACHE_LIMIT = 20_000;

    private final Map<String, Integer> cache = new HashMap<>();

    int of(Element e) {
        return classFlags(e) | idFlags(e);
    }

    int classFlags(Element e) {
        return flags(e.className());
    }

    int idFlags(Element e) {
        return flags(e.id());
    }

    /** Readability's weight: +25 for each of class and id that names content, -25 for each that names furniture. */
    int weight(Element e) {
        return weight(classFlags(e)) + weight(idFlags(e));
    }

    private static boolean contains(String hint, String[] words) {
        for (String word : words) {
            if (hint.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int weight(int flags) {
        return ((flags & POSITIVE) != 0 ? 25 : 0) - ((flags & NEGATIVE) != 0 ? 25 : 0);
    }

    static boolean unlikely(int flags) {
        return (flags & UNLIKELY) != 0 && (flags & (MAYBE | EMBED)) == 0;
    }

    static boolean furniture(int flags) {
        return (flags & FURNITURE) != 0 && (flags & EMBED) == 0;
    }

    private int flags(String value) {
        if (value.length() < 2) {
            return 0;
        }
        Integer cached = cache.get(value);
        if (cached != null) {
            return cached;
        }
        String h = (value.length() > HINT_CHARS ? value.substring(0, HINT_CHARS) : value).toLowerCase(Locale.ROOT);
        int flags = (contains(h, POSITIVE_WORDS) ? POSITIVE : 0)
                | (contains(h, NEGATIVE_WORDS) ? NEGATIVE : 0)
                | (contains(h, UNLIKELY_WORDS) ? UNLIKELY : 0)
                | (contains(h, MAYBE_WORDS) ? MAYBE : 0)
                | (contains(h, FURNITURE_WORDS) ? FURNITURE : 0)
                | (contains(h, EMBED_WORDS) || (h.contains("embed") && !contains(h, PICTURE_WORDS)) ? EMBED : 0);
        for (String token : TOKEN_SPLIT.split(h)) {
            flags |= (NEGATIVE_TOKENS.contains(token) ? NEGATIVE : 0) | (FURNITURE_TOKENS.contains(token) ? FURNITURE : 0);
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(value, flags);
        }
        return flags;
    }
}
