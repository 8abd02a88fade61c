package io.linimasa.ingest.normalise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw page into the article a careful reader would write down. Pure logic, no I/O: the
 * rules live in {@code normalise/*} resources and are loaded once.
 */
public final class ArticleNormaliser {

    /** What the client said about where the page came from: hints, never overrides. */
    public record Hints(String url, String sourceName) {
        public static final Hints NONE = new Hints(null, null);
    }

    /** How far into the page the date line and the lead may stand. */
    private static final int HEADER_LINES = 25;
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    /** "YEREVAN, KOMPAS.com – ...", "Moskow, IDN Times - ...", "Jakarta (ANTARA) - ...", "VIVA – ...". */
    private static final Pattern LEAD = Pattern.compile(
            "^(?<head>\\p{Lu}[\\p{L}\\p{N}.&' ]{0,40}?(?:,\\s*\\p{Lu}[\\p{L}\\p{N}.&' ]{1,40}?)?)\\s*"
                    + "(?:\\((?<paren>[\\p{L}. ]{2,30})\\))?\\s*(?:--?|–|—)\\s+(?<rest>\\S.*)$");
    private static final Pattern EDITOR = Pattern.compile(
            "^(?:editor|penyunting|redaktur|editing)\\s*:\\s*(?<names>.{2,80})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?:penulis|reporter|pewarta|wartawan|kontributor|writer|author|oleh|by)\\s*:?\\s+(?<names>\\p{Lu}.{1,80})$",
            Pattern.CASE_INSENSITIVE);
    /** "Andhika Prasetia - detikNews", "Laporan Wartawan Tribunnews.com, Reza Deni": a reporter and the outlet. */
    private static final Pattern AUTHOR_OUTLET = Pattern.compile(
            "^(?:(?:(?:by|oleh)\\s+)?(?<names>\\p{Lu}[\\p{L}.' ]{2,60}?)\\s+[-–|]\\s+(?<outlet>[\\p{L}.]{3,30})"
                    + "|laporan\\s+(?:wartawan|reporter|koresponden)\\s+(?<outlet2>[\\p{L}.]{3,30}),?\\s+(?<names2>\\p{Lu}[\\p{L}.' ]{2,60}))$",
            Pattern.CASE_INSENSITIVE);
    /** Wire credits at the end of a story: "Reporting by A and B; Editing by C". */
    private static final Pattern WIRE_CREDITS = Pattern.compile(
            "^\\(?(?:additional\\s+)?reporting by\\s+(?<authors>[^;]+?)(?:;\\s*(?:additional reporting by [^;]+;\\s*)?(?:writing by\\s+(?<writers>[^;]+?);\\s*)?editing by\\s+(?<editors>[^;)]+?))?\\.?\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "^(?<name>.{2,60}?)\\s+(?:Photo\\s+)?Verified Writer\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("^sumber\\s*:?(?:\\s+(?<source>.{2,60}))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}[.)]\\s+\\S.*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:/\\s*$|\\b(?:AP|AFP|REUTERS|ANTARA FOTO|Getty Images|EPA)\\s*/\\s*\\p{Lu}|twitter\\.com/|instagram\\.com/|\\((?:foto|photo|dok)[.:])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bdan\\b|/)\\s*");

    private final Boilerplate boilerplate = new Boilerplate();
    private final Outlets outlets = new Outlets();
    private final Entities entities = new Entities();

    /** The article of a page saved as text: one block per line. */
    public NormalisedArticle fromText(String text, Hints hints) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = Text.clean(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return fromBlocks(lines, hints, Markup.NONE, false);
    }

    /** The article of an HTML page: its blocks through the same rules, and what its markup states. */
    public NormalisedArticle fromHtml(String html, Hints hints) {
        HtmlBlocks.Page page = HtmlBlocks.read(html);
        return fromBlocks(page.blocks(), hints, page.markup(), true);
    }

    /**
     * The shared rules: blocks in reading order (lines of a text page, block elements of HTML).
     * {@code contentChosen}: the blocks are what a DOM extractor chose as the article, so the guesses
     * that stand in for markup on a text page (where the body starts, which lines are headlines of
     * other stories) are left out; the phrase, byline, date line and lead rules still apply.
     */
    NormalisedArticle fromBlocks(List<String> blocks, Hints hints, Markup markup, boolean contentChosen) {
        if (blocks.isEmpty()) {
            throw new NoArticleFoundException("the page has no text");
        }
        String title = markup.title() != null ? markup.title() : blocks.get(0);
        boolean indonesianPage = Languages.detect(String.join(" ", blocks)).equals("id");

        Header header = readHeader(blocks, title, indonesianPage, contentChosen);
        Body body = readBody(blocks, header, title, contentChosen);
        if (body.paragraphs.isEmpty()) {
            throw new NoArticleFoundException("no paragraph of article text was found");
        }

        String outlet = markup.outlet() != null ? markup.outlet()
                : header.outletCredit() != null ? outlets.usualSpelling(header.outletCredit())
                : body.outletCredit != null ? outlets.usualSpelling(body.outletCredit)
                : blank(hints.sourceName()) ? null : hints.sourceName().strip();
        OffsetDateTime publishedAt = markup.publishedAt() != null ? markup.publishedAt() : header.publishedAt();
        Set<String> authors = new LinkedHashSet<>(markup.authors());
        authors.addAll(body.authors);
        String text = String.join("\n\n", body.paragraphs);
        Entities.Article recogniser = entities.forArticle(title + "\n\n" + text);
        LocalDate publishedDay = publishedAt == null ? null : publishedAt.toLocalDate();
        return new NormalisedArticle(
                title,
                publishedAt,
                outlet,
                List.copyOf(authors),
                List.copyOf(body.editors),
                header.place(),
                markup.language() != null ? markup.language() : Languages.detect(text),
                List.copyOf(body.paragraphs),
                recogniser.find(title + "\n\n" + text),
                new Events(recogniser).find(body.paragraphs, publishedDay));
    }

    private record Header(OffsetDateTime publishedAt, String outletCredit, String place, int bodyStart, String lead) {
    }

    private Header readHeader(List<String> blocks, String title, boolean indonesianPage, boolean contentChosen) {
        OffsetDateTime publishedAt = null;
        String dateCredit = null;
        boolean publishedIsUpdate = false;
        Set<Integer> dateLines = new HashSet<>();
        int limit = Math.min(blocks.size(), HEADER_LINES);
        for (int i = 1; i < limit; i++) {
            Optional<PublicationTimes.DateLine> line = PublicationTimes.parse(blocks.get(i), null);
            if (line.isEmpty() && indonesianPage) {
                line = PublicationTimes.parse(blocks.get(i), WIB);
            }
            if (line.isEmpty()) {
                continue;
            }
            dateLines.add(i);
            // The first publication line wins; an "updated" time only when the page prints no other.
            if (publishedAt == null || (publishedIsUpdate && !line.get().update())) {
                publishedAt = line.get().publishedAt();
                dateCredit = line.get().credit();
                publishedIsUpdate = line.get().update();
            }
        }
        for (int i = 1; i < limit; i++) {
            if (dateLines.contains(i)) {
                continue;
            }
            Matcher m = LEAD.matcher(blocks.get(i));
            if (!m.matches() || Text.wordCount(m.group("rest")) < 6) {
                continue;
            }
            String outletCredit = null;
            String place = null;
            for (String part : m.group("head").split(",")) {
                String p = part.strip();
                if (p.isEmpty() || Text.wordCount(p) > 4) {
                    outletCredit = null;
                    place = null;
                    break;
                }
                if (outlets.lookup(p) != null || Outlets.looksLikeDomain(p)) {
                    outletCredit = p;
                } else {
                    place = p.equals(p.toUpperCase(Locale.ROOT)) ? Text.titleCase(p) : p;
                }
            }
            if (m.group("paren") != null) {
                outletCredit = outletCredit == null ? m.group("paren").strip() : outletCredit;
            }
            if (outletCredit == null && place == null) {
                continue;
            }
            // A shouted multi-word credit that is no known place is an outlet ("WARTA PONTIANAK -").
            if (outletCredit == null && Text.wordCount(place) > 1
                    && m.group("head").equals(m.group("head").toUpperCase(Locale.ROOT))) {
                outletCredit = m.group("head").strip();
                place = null;
            }
            return new Header(publishedAt, outletCredit != null ? outletCredit : dateCredit, place, i, m.group("rest"));
        }
        int start = Math.max(1, dateLines.stream().max(Integer::compare).orElse(0) + 1);
        while (!contentChosen && start < blocks.size() && !looksLikeParagraph(blocks.get(start), title)) {
            start++;
        }
        return new Header(publishedAt, dateCredit, null, Math.min(start, blocks.size()), null);
    }

    private static boolean looksLikeParagraph(String block, String title) {
        return Text.wordCount(block) >= 10 && Text.endsLikeSentence(block) && !isCaption(block, title);
    }

    private static boolean isCaption(String block, String title) {
        return (block.length() > title.length() && block.startsWith(title)) || PHOTO_CREDIT.matcher(block).find();
    }

    private static final class Body {
        String outletCredit;
        final List<String> paragraphs = new ArrayList<>();
        final Set<String> authors = new LinkedHashSet<>();
        final Set<String> editors = new LinkedHashSet<>();
    }

    private Body readBody(List<String> blocks, Header header, String title, boolean contentChosen) {
        int start = header.bodyStart();
        Body body = new Body();
        for (int i = 1; i < start; i++) {
            readBylines(blocks.get(i), body);
        }
        Set<String> seen = new HashSet<>();
        boolean ended = false;
        for (int i = start; i < blocks.size(); i++) {
            // The lead keeps its text, not its "PLACE, OUTLET -" credit.
            String block = i == start && header.lead() != null ? header.lead() : blocks.get(i);
            if (readBylines(block, body)) {
                continue;
            }
            Matcher box = AUTHOR_BOX.matcher(block);
            if (box.matches()) {
                addNames(box.group("name"), body.authors);
                ended = true;
                continue;
            }
            if (ended || SOURCE.matcher(block).matches()) {
                continue;
            }
            Boilerplate.Verdict verdict = boilerplate.judge(block);
            if (verdict == Boilerplate.Verdict.END) {
                ended = true;
                continue;
            }
            if (verdict == Boilerplate.Verdict.SKIP || isCaption(block, title) || (!contentChosen && isOtherHeadline(block))) {
                continue;
            }
            if (!contentChosen && i > start && Text.wordCount(block) <= 3 && !Text.endsLikeSentence(block)) {
                continue;
            }
            if (seen.add(Text.key(block))) {
                body.paragraphs.add(block.replaceAll("(?<=[.!?\"”])\\*+$", ""));
            }
        }
        return body;
    }

    /** A headline of another story dropped into the article: title case, no sentence end. */
    private static boolean isOtherHeadline(String block) {
        int words = Text.wordCount(block);
        return words >= 4 && words <= 25 && !Text.endsLikeSentence(block)
                && !NUMBERED_HEADING.matcher(block).matches() && Text.capitalisedShare(block) >= 0.7;
    }

    private boolean readBylines(String block, Body body) {
        Matcher wire = WIRE_CREDITS.matcher(block);
        if (wire.matches()) {
            addNames(wire.group("authors"), body.authors);
            if (wire.group("writers") != null) {
                addNames(wire.group("writers"), body.authors);
            }
            if (wire.group("editors") != null) {
                addNames(wire.group("editors"), body.editors);
            }
            return true;
        }
        Matcher credit = AUTHOR_OUTLET.matcher(block);
        if (credit.matches()) {
            String outlet = credit.group("outlet") != null ? credit.group("outlet") : credit.group("outlet2");
            if (outlets.lookup(outlet) != null || Outlets.looksLikeDomain(outlet)) {
                addNames(credit.group("names") != null ? credit.group("names") : credit.group("names2"), body.authors);
                body.outletCredit = body.outletCredit == null ? outlet : body.outletCredit;
                return true;
            }
        }
        boolean found = false;
        for (String part : block.split("\\s+\\|\\s+")) {
            Matcher editor = EDITOR.matcher(part);
            Matcher author = AUTHOR.matcher(part);
            if (editor.matches()) {
                addNames(editor.group("names"), body.editors);
                found = true;
            } else if (author.matches() && Text.wordCount(author.group("names")) <= 6) {
                addNames(author.group("names"), body.authors);
                found = true;
            }
        }
        return found;
    }

    private void addNames(String names, Set<String> into) {
        for (String name : NAME_SEPARATORS.split(names.strip())) {
            String n = name.strip();
            if (!n.isEmpty() && !outlets.isAgency(n)) {
                into.add(n);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
