package io.linimasa.normalise.segment.html;

import com.fasterxml.jackson.core.JsonFactory;
import io.linimasa.normalise.Markup;
import io.linimasa.normalise.fields.Outlets;
import io.linimasa.normalise.text.Text;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * What a page's markup states about its article: JSON-LD (NewsArticle, Article, BlogPosting...),
 * OpenGraph and article:* meta, {@code <time datetime>}, {@code rel=author}, {@code <html lang>}.
 * Read from the parsed page before anything is removed from it. The JSON-LD {@code articleBody},
 * when a page carries one, is kept as a hint for finding the article on the page.
 */
public final class HtmlMetadata {

    /** What was found; any field may be null (or empty) when the page does not state it. */
    public record Found(Markup markup, String siteName, String articleBody) {
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "socialmediaposting", "liveblogposting", "report", "scholarlyarticle", "techarticle");
    /** JSON-LD is read leniently (pages hand-write it) and within bounds (pages may be hostile). */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64).maxStringLength(2_000_000).maxNumberLength(100).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final Outlets OUTLETS = new Outlets();
    private static final int MAX_JSON_LD = 16;
    private static final int MAX_JSON_CHARS = 2_000_000;
    private static final int MAX_NODES = 2_000;
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");

    private HtmlMetadata() {
    }

    public static Found read(Document doc) {
        Tags tags = Tags.of(doc);
        JsonLd ld = jsonLd(tags.jsonLd);
        String siteName = firstNonBlank(ld.publisher, tags.meta("og:site_name"), tags.meta("application-name"));
        Outlets.Outlet listed = siteName == null ? null : OUTLETS.lookup(siteName);
        String outlet = listed != null ? listed.name() : siteName;
        String title = firstNonBlank(ld.headline, tags.meta("og:title"), tags.meta("twitter:title"),
                text(tags.h1), doc.title());
        title = withoutSiteName(title, siteName);

        OffsetDateTime publishedAt = firstTime(ld.datePublished, tags.meta("article:published_time"),
                tags.datePublished, tags.meta("og:published_time"), tags.meta("pubdate"), tags.meta("publishdate"),
                tags.meta("date"), tags.meta("dc.date.issued"), tags.meta("dc.date"), tags.meta("parsely-pub-date"),
                tags.meta("sailthru.date"), tags.time);

        Set<String> authors = new LinkedHashSet<>(ld.authors);
        if (authors.isEmpty()) {
            for (String name : tags.authors) {
                addName(name, authors);
            }
        }

        String language = language(tags.lang);
        if (language == null) {
            language = language(firstNonBlank(ld.inLanguage, tags.meta("og:locale"), tags.meta("content-language")));
        }
        Markup markup = new Markup(title, publishedAt, outlet, List.copyOf(authors), language);
        return new Found(markup, siteName, ld.articleBody);
    }

    /** What one walk over the page gathers: meta values, JSON-LD scripts and the elements that state facts. */
    private static final class Tags {
        final Map<String, String> metas = new HashMap<>();
        final List<Element> jsonLd = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        Element h1;
        String time;
        String datePublished;
        String lang;

        static Tags of(Document doc) {
            Tags tags = new Tags();
            Element html = doc.selectFirst("html");
            tags.lang = html == null ? null : html.attr("lang");
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e) {
                    tags.see(e);
                }
            }, doc);
            return tags;
        }

        private void see(Element e) {
            switch (e.normalName()) {
                case "meta" -> {
                    String content = e.attr("content");
                    for (String key : List.of("property", "name", "http-equiv", "itemprop")) {
                        String k = e.attr(key);
                        if (!k.isEmpty() && !content.isBlank() && k.length() < 100) {
                            metas.putIfAbsent(k.toLowerCase(Locale.ROOT), content);
                        }
                    }
                    String k = e.attr("name").isEmpty() ? e.attr("property") : e.attr("name");
                    if (authors.size() < 10 && (k.equalsIgnoreCase("author") || k.equalsIgnoreCase("article:author")
                            || k.equalsIgnoreCase("byl"))) {
                        authors.add(capped(content));
                    }
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "h1" -> h1 = h1 == null ? e : h1;
                case "time" -> time = time == null && e.hasAttr("datetime") ? e.attr("datetime") : time;
                default -> {
                }
            }
            String itemprop = e.attr("itemprop");
            if (datePublished == null && itemprop.equalsIgnoreCase("datePublished")) {
                datePublished = firstNonBlank(e.attr("content"), e.attr("datetime"), capped(e.text()));
            }
            if (authors.size() < 10 && (e.attr("rel").equalsIgnoreCase("author") || itemprop.equalsIgnoreCase("author"))) {
                Element name = itemprop.isEmpty() ? null : e.selectFirst("[itemprop=name]");
                String value = name != null ? name.attr("content").isEmpty() ? name.text() : name.attr("content")
                        : e.hasAttr("content") ? e.attr("content") : e.text();
                authors.add(capped(value));
            }
        }

        String meta(String key) {
            String value = metas.get(key);
            return value == null ? null : Text.clean(capped(value));
        }
    }

    /** The article facts of the page's JSON-LD blocks: the first article-typed item that states each. */
    private static final class JsonLd {
        String headline;
        String datePublished;
        String publisher;
        String articleBody;
        String inLanguage;
        final List<String> authors = new ArrayList<>();
    }

    private static JsonLd jsonLd(List<Element> scripts) {
        JsonLd ld = new JsonLd();
        int count = 0;
        for (Element script : scripts) {
            if (++count > MAX_JSON_LD) {
                break;
            }
            String json = data(script);
            if (json.isBlank() || json.length() > MAX_JSON_CHARS) {
                continue;
            }
            JsonNode root;
            try (JsonParser parser = JSON.createParser(json)) {
                root = JSON.readTree(parser);
            } catch (Exception malformed) {
                continue;
            }
            if (root != null) {
                collect(root, ld);
            }
        }
        return ld;
    }

    private static String data(Element script) {
        StringBuilder out = new StringBuilder();
        for (Node child : script.childNodes()) {
            if (child instanceof DataNode d) {
                out.append(d.getWholeData());
            }
        }
        return out.toString().strip();
    }

    /** Walks the JSON tree (bounded) and reads every object whose @type is an article type. */
    private static void collect(JsonNode root, JsonLd ld) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode node = todo.poll();
            if (node.isArray()) {
                node.forEach(todo::add);
            } else if (node.isObject()) {
                if (isArticle(node.get("@type"))) {
                    readArticle(node, ld);
                }
                for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")) {
                    JsonNode child = node.get(key);
                    if (child != null && (child.isArray() || child.isObject())) {
                        todo.add(child);
                    }
                }
            }
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static void readArticle(JsonNode article, JsonLd ld) {
        ld.headline = ld.headline != null ? ld.headline : textual(article.get("headline"));
        if (ld.headline == null) {
            ld.headline = textual(article.get("name"));
        }
        ld.datePublished = ld.datePublished != null ? ld.datePublished : textual(article.get("datePublished"));
        ld.articleBody = ld.articleBody != null ? ld.articleBody : textual(article.get("articleBody"));
        ld.inLanguage = ld.inLanguage != null ? ld.inLanguage : textual(article.get("inLanguage"));
        if (ld.publisher == null) {
            JsonNode publisher = article.get("publisher");
            ld.publisher = publisher == null ? null
                    : publisher.isObject() ? textual(publisher.get("name"))
                    : publisher.isArray() && !publisher.isEmpty() ? textual(publisher.get(0).get("name"))
                    : textual(publisher);
        }
        if (ld.authors.isEmpty()) {
            JsonNode author = article.get("author");
            Set<String> names = new LinkedHashSet<>();
            if (author != null && author.isArray()) {
                for (JsonNode a : author) {
                    addName(a.isObject() ? textual(a.get("name")) : textual(a), names);
                }
            } else if (author != null) {
                addName(author.isObject() ? textual(author.get("name")) : textual(author), names);
            }
            ld.authors.addAll(names);
        }
    }

    private static String textual(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String s = Text.clean(org.jsoup.parser.Parser.unescapeEntities(node.asText(), false));
        return s.isEmpty() ? null : s;
    }

    /** A person's name as pages state it: no URLs, no addresses, no bare outlet boilerplate. */
    private static void addName(String value, Set<String> into) {
        if (value == null || into.size() >= 10) {
            return;
        }
        String name = Text.clean(value);
        if (name.toLowerCase(Locale.ROOT).startsWith("by ")) {
            name = name.substring(3).strip();
        }
        if (name.isEmpty() || name.length() > 80 || name.contains("://") || name.startsWith("www.")
                || name.contains("@") || Text.wordCount(name) > 6) {
            return;
        }
        into.add(name);
    }

    /** "Headline | Site", "Headline - Site", "Site: Headline": the headline alone. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null || siteName.isBlank()) {
            return title;
        }
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " · ")) {
            if (title.endsWith(sep + siteName)) {
                return title.substring(0, title.length() - sep.length() - siteName.length()).strip();
            }
            if (title.startsWith(siteName + sep)) {
                return title.substring(siteName.length() + sep.length()).strip();
            }
        }
        return title;
    }

    private static String language(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LANGUAGE.matcher(value.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static OffsetDateTime firstTime(String... values) {
        for (String value : values) {
            OffsetDateTime time = parseTime(value);
            if (time != null) {
                return time;
            }
        }
        return null;
    }

    /** ISO 8601 with an offset ("2019-11-19T10:30:00Z", "...+07:00", "...+0700"); without one it says no zone. */
    static OffsetDateTime parseTime(String value) {
        if (value == null || value.length() > 40) {
            return null;
        }
        String v = value.strip().replace(' ', 'T');
        v = OFFSET_WITHOUT_COLON.matcher(v).replaceFirst("$1:$2");
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String capped(String s) {
        return s.length() > 2_000 ? s.substring(0, 2_000) : s;
    }

    private static String text(Element e) {
        return e == null ? null : Text.clean(e.text());
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return Text.clean(capped(value));
            }
        }
        return null;
    }
}
