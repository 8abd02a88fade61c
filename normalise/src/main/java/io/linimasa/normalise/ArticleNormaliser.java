package io.linimasa.normalise;

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
 *
 * <p>A page is read as blocks in reading order: the title, a header (section names, date line,
 * bylines, captions) up to the lead paragraph, the body, and the furniture after it. Metadata found
 * anywhere outside the body (a site name, "Editor: ...", "Artikel ini telah tayang di ...") is kept.
 */
public final class ArticleNormaliser {

    /** What the client said about where the page came from: hints, never overrides. */
    public record Hints(String url, String sourceName) {
        public static final Hints NONE = new Hints(null, null);
    }

    /** How far into the page the title, the date line and the lead may stand. */
    private static final int TITLE_LINES = 20;
    /** How close below a headline its date line, byline or lead stands (a subtitle may come between). */
    private static final int HEADLINE_REACH = 2;
    private static final int HEADER_LINES = 25;
    private static final int DOM_LEAD_BLOCKS = 2;
    /** On a chosen DOM, repeated short lines (table rows, interview questions) are the article's own. */
    private static final int DOM_DEDUPE_WORDS = 12;
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final ZoneOffset MALAYSIA = ZoneOffset.ofHours(8);

    /** "YEREVAN, KOMPAS.com – ...", "Moskow, IDN Times - ...", "Jakarta (ANTARA) - ...", "KUALA LUMPUR: ...". */
    private static final Pattern LEAD = Pattern.compile(
            "^(?<head>(?:\\p{Lu}|[\\p{Ll}\\p{N}-]+\\.(?:com|co\\.id|id|co|net)\\b)[\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{L}\\p{N}.&'’-]+){0,4}"
                    + "(?:,\\s*\\p{L}[\\p{L}\\p{N}.&'’ -]{1,40}?)*?)\\s*"
                    + "(?:\\((?<paren>[\\p{L}. ]{2,30})\\))?\\s*(?<separator>--?|–|—|:)(?:\\s+|(?<=[–—])(?=\\p{Lu}))(?<rest>\\S.*)$");
    /** "KONTAN.CO.ID - JAKARTA. PT Pertamina ...": the outlet, then the place ended by a period. */
    private static final Pattern LEAD_OUTLET_PLACE = Pattern.compile(
            "^(?<outlet>[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|co\\.id|id|co|net))\\s*[-–—]\\s*(?<place>\\p{Lu}[\\p{Lu} ]{1,30})\\.\\s+(?<rest>\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    /** Two labels on one credit: "Redaktur & Reporter : Name" names both the editor and the author. */
    private static final Pattern EDITOR_AND_AUTHOR = Pattern.compile(
            "^(?:(?:redaktur|editor|penyunting)\\s*(?:&|dan|/)\\s*(?:reporter|penulis)|(?:reporter|penulis)\\s*(?:&|dan|/)\\s*(?:redaktur|editor|penyunting))\\s*:\\s*(?<names>.{2,80})$",
            Pattern.CASE_INSENSITIVE);
    /** A label glued to the name by the page's markup: "EditorMade Arya Wiguna". */
    private static final Pattern GLUED_LABEL = Pattern.compile("^(Editor|Penulis|Reporter|Redaktur|Penyunting|Pewarta)(?=\\p{Lu}\\p{Ll})");
    /** A role under a byline: "Transport Correspondent", "Wartawan BBC News Indonesia". */
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^(?:[\\p{L}.' ]{0,40}\\s)?(?:Correspondent|Reporter|Writer|Editor|Journalist|Columnist|Wartawan|Koresponden|Kontributor)(?:\\s[\\p{L}.' ]{0,40})?$");
    /** Where a correspondent filed from: "Melaporkan dari, Gunungkidul, Yogyakarta". */
    private static final Pattern REPORTING_FROM = Pattern.compile("^(?:melaporkan dari|reporting from),?\\s+(?<place>[^,]{2,40})(?:,.*)?$",
            Pattern.CASE_INSENSITIVE);
    /** Words that start a description of a person, not a name: "Dosen Ilmu Komunikasi ...". */
    private static final Pattern ROLE_WORD = Pattern.compile(
            "^(?:Dosen|Guru|Peneliti|Mahasiswa|Wartawan|Ketua|Pengamat|Analis|Direktur|Kepala|Anggota|Koresponden|Kontributor"
                    + "|Pemimpin|Redaktur|Staf|Pegiat|Aktivis|Praktisi|Alumnus|Correspondent|Professor|Lecturer|Researcher|Analyst"
                    + "|Director|Editor|Reporter|Writer)\\b");
    private static final Pattern EDITOR = Pattern.compile(
            "^(?:editor|penyunting|redaktur|editing|red)\\s*:\\s*(?<names>.{2,80})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?<label>penulis|reporter|pewarta|wartawan|kontributor|koresponden|writer|author|oleh|by|rep)(?:\\s*[:,]\\s*|\\s+)(?<names>\\p{Lu}.{1,80})$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A reporter with an outlet: "Andhika Prasetia - detikNews", "Laporan Wartawan Tribunnews.com, Reza
     * Deni", "Dewi Anggraeni (The Jakarta Post)", "Rahmat Hidayat, Jurnalis".
     */
    private static final Pattern AUTHOR_OUTLET = Pattern.compile(
            "^(?:laporan\\s+(?:wartawan|reporter|koresponden)\\s+(?<outlet2>[\\p{L}.-]{3,30}),?\\s+(?<names2>\\p{Lu}[\\p{L}.' ]{2,60})"
                    + "|(?<names3>\\p{Lu}[\\p{L}.' ]{2,60}?)\\s*\\((?<outlet3>[^)]{2,40})\\)"
                    + "|(?:(?:by|oleh)\\s+)?(?:[\\p{L} ]{2,20}\\s+-\\s+)?(?<names>\\p{Lu}[\\p{L}.', ]{2,80}?)(?:\\s+[-–|]|,)\\s+(?<outlet>[\\p{L}. ]{3,30}))$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_ROLE = Pattern.compile(
            "^(?:(?:by|oleh)\\s+)?(?<names>\\p{Lu}[\\p{L}.' ]{2,80}?),\\s*(?:[\\p{L} ]{0,30}\\s)?(?:jurnalis|wartawan|reporter|kontributor|koresponden"
                    + "|journalists?|correspondents?|staff writers?|writers?|contributors?)$",
            Pattern.CASE_INSENSITIVE);
    /** Wire credits at the end of a story: "Reporting by A and B; Editing by C". */
    private static final Pattern WIRE_CREDITS = Pattern.compile(
            "^\\(?(?:additional\\s+)?reporting by\\s+(?<authors>[^;]+?)(?:;\\s*(?:additional reporting by [^;]+;\\s*)?(?:writing by\\s+(?<writers>[^;]+?);\\s*)?editing by\\s+(?<editors>[^;)]+?))?\\.?\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "^(?<name>.{2,60}?)\\s+(?:Photo\\s+)?Verified Writer\\b.*$", Pattern.CASE_INSENSITIVE);
    /** A line that is only a name: "Abdul Rochim Santoso" under a headline. */
    private static final Pattern BARE_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}(?:\\s*(?:&|,|\\bdan\\b|\\band\\b)\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})*$");
    private static final Pattern SOURCE = Pattern.compile("^(?:sumber|source)\\s*:?(?:\\s+(?<source>.{2,60}))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_AT_OUTLET = Pattern.compile(
            "^artikel ini telah tayang di (?<outlet>\\S+?)(?: dengan judul .*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:copyright\\s*)?[©@]\\s*(?:\\d{4}\\s+)?(?<outlet>[\\p{L}.-]+(?: [\\p{L}.-]+){0,4}?)(?:\\s+\\d{4})?\\.?"
                    + "(?:\\s+[-–]\\s+.*|\\s+all rights reserved\\.?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}[.)]\\s+\\S.*");
    private static final Pattern BREADCRUMB = Pattern.compile(".*(?:»|›|\\s>\\s|\\s/\\s).*");
    /** Photo captions and credits: markers that may stand anywhere in the line ... */
    private static final Pattern CAPTION_MARK = Pattern.compile(
            "\\b(?:AP|AFP|REUTERS|ANTARA FOTO|Getty Images|EPA)\\s*/\\s*\\p{Lu}"
                    + "|\\((?:foto|photo|dok|file photo|ilustrasi)[.:]|\\b(?:foto|photo|picture)\\s*:\\s*\\S|\\bpicture by\\b",
            Pattern.CASE_INSENSITIVE);
    /** ... and a credit that ends it ("TEMPO/Aditya Pratama", "(JP/Anggara Wisnu)", "... Federation /"). */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?:\\s/\\s*|(?<!pic\\.)(?:twitter|instagram)\\.com/\\w+\\)?\\.?\\s*|[\\p{L}.]+/\\s?\\p{Lu}\\p{Ll}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:/[\\p{L}\\d/]{2,12})?\\)?\\.?\\s*)$");
    /** How much of a line's end a credit may take; searching only there keeps the test linear. */
    private static final int CREDIT_TAIL = 120;
    /** Bylines, roles and names are short lines; longer ones are not matched against their rules. */
    private static final int LONGEST_BYLINE = 300;
    /** The lead credit stands at the start of a paragraph: only this much is matched. */
    private static final int LEAD_PREFIX = 200;
    /** Staff initials or an outlet mark after the last sentence: "(sya)", "(fps/afb)", "(ADN)", "(tirto.id - Ekonomi)". */
    private static final Pattern TRAILING_INITIALS = Pattern.compile(
            "(?<=[.!?\"”’)])\\s*\\((?:\\p{L}{2,5}(?:/\\p{L}{2,5})*|\\*|[\\p{L}.]+\\.(?:id|com)\\s*-\\s*[\\p{L} ]{2,30})\\)\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–•*]|\\d{1,2}[.)])\\s+\\S.*");
    private static final Pattern SHORT_DATE = Pattern.compile(
            "(?i)(?:\\d{1,2}\\s+" + Calendars.MONTH + "|" + Calendars.MONTH + "\\s+\\d{1,2})");
    private static final Pattern HEADER_PARTS = Pattern.compile("\\s+[·●•|]\\s+");
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s+[|·●•]\\s+|/\\s+");
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
     * The extraction step alone: title, metadata and body of an HTML page, without the entities
     * and dated events that enrich a stored article (they are empty). What extraction benchmarks
     * compare with other extractors.
     */
    public NormalisedArticle extractHtml(String html, Hints hints) {
        HtmlBlocks.Page page = HtmlBlocks.read(html);
        return fromBlocks(page.blocks(), hints, page.markup(), true, false);
    }

    /**
     * The shared rules: blocks in reading order (lines of a text page, block elements of HTML).
     * {@code contentChosen}: the blocks are what a DOM extractor chose as the article, so the guesses
     * that stand in for markup on a text page (where the title and body start, which lines are
     * headlines of other stories) are left out; the phrase, byline, date line and lead rules still apply.
     */
    NormalisedArticle fromBlocks(List<String> blocks, Hints hints, Markup markup, boolean contentChosen) {
        return fromBlocks(blocks, hints, markup, contentChosen, true);
    }

    private NormalisedArticle fromBlocks(List<String> blocks, Hints hints, Markup markup, boolean contentChosen, boolean enrich) {
        if (blocks.isEmpty()) {
            throw new NoArticleFoundException("the page has no text");
        }
        String pageLanguage = Languages.detect(String.join(" ", blocks));
        int titleIndex = contentChosen ? 0 : titleIndex(blocks);
        String title = markup.title() != null ? markup.title() : blocks.get(titleIndex);

        Credits credits = new Credits();
        for (int i = 0; i < titleIndex; i++) {
            credits.siteName(blocks.get(i));
        }
        Header header = readHeader(blocks, titleIndex, pageLanguage, credits, contentChosen);
        Body body = readBody(blocks, header, title, credits, contentChosen);
        if (body.paragraphs.isEmpty()) {
            throw new NoArticleFoundException("no paragraph of article text was found");
        }

        String outlet = markup.outlet() != null ? markup.outlet()
                : credits.outlet() != null ? credits.outlet()
                : blank(hints.sourceName()) ? null : hints.sourceName().strip();
        OffsetDateTime publishedAt = markup.publishedAt() != null ? markup.publishedAt() : header.publishedAt();
        Set<String> authors = new LinkedHashSet<>(markup.authors());
        authors.addAll(credits.authors);
        if (authors.isEmpty()) {
            header.bareNames().forEach(names -> addNames(names, authors));
        }
        String text = String.join("\n\n", body.paragraphs);
        Entities.Article recogniser = enrich ? entities.forArticle(title + "\n\n" + text) : null;
        LocalDate publishedDay = publishedAt == null ? null : publishedAt.toLocalDate();
        return new NormalisedArticle(
                title,
                publishedAt,
                outlet,
                List.copyOf(authors),
                List.copyOf(credits.editors),
                header.place(),
                markup.language() != null ? markup.language() : Languages.detect(text),
                List.copyOf(body.paragraphs),
                enrich ? recogniser.find(title + "\n\n" + text) : List.of(),
                enrich ? new Events(recogniser).find(body.paragraphs, publishedDay) : List.of());
    }

    /**
     * The headline: a line near the top that reads like one (not a site, menu, section or
     * breadcrumb), preferring one that a date line, a byline or the lead follows closely.
     */
    private int titleIndex(List<String> blocks) {
        int limit = Math.min(blocks.size(), TITLE_LINES);
        int first = -1;
        for (int i = 0; i < limit; i++) {
            String block = blocks.get(i);
            if (first >= 0 && looksLikeParagraph(block, "")) {
                break; // the article has begun: its headline stands above
            }
            if (Text.wordCount(block) < 4 || block.endsWith(".") || BREADCRUMB.matcher(block).matches() || isMenu(block)
                    || boilerplate.judge(block) != Boilerplate.Verdict.ARTICLE || outlets.lookup(block) != null
                    || PublicationTimes.parse(block, WIB).isPresent()) {
                continue;
            }
            first = first < 0 ? i : first;
            for (int j = i + 1; j <= i + HEADLINE_REACH && j < blocks.size(); j++) {
                if (introducesArticle(blocks.get(j))) {
                    return i;
                }
            }
        }
        return Math.max(first, 0);
    }

    /** A date line, a byline or a lead: what follows a headline. */
    private boolean introducesArticle(String block) {
        if (dateLine(block, WIB).isPresent()) {
            return true;
        }
        for (String part : BYLINE_PARTS.split(block)) {
            String p = GLUED_LABEL.matcher(part.strip()).replaceFirst("$1: ");
            if (EDITOR.matcher(p).matches() || AUTHOR.matcher(p).matches() || AUTHOR_OUTLET.matcher(p).matches()
                    || AUTHOR_ROLE.matcher(p).matches()) {
                return true;
            }
        }
        String prefix = block.substring(0, Math.min(block.length(), LEAD_PREFIX));
        Matcher lead = LEAD.matcher(prefix);
        return LEAD_OUTLET_PLACE.matcher(prefix).matches() || (lead.matches() && leadHead(lead) != null);
    }

    /** Section names of news sites: a line made mostly of them is a navigation menu. */
    private static final Set<String> SECTION_WORDS = Set.of("home", "beranda", "berita", "news", "terkini", "bisnis",
            "business", "ekonomi", "economy", "uang", "finance", "politik", "politics", "hukum", "law", "nasional", "national",
            "regional", "daerah", "internasional", "international", "dunia", "world", "olahraga", "sport", "sports",
            "sepakbola", "bola", "wisata", "travel", "kuliner", "food", "foto", "photo", "video", "videos", "teknologi",
            "tekno", "tech", "technology", "otomotif", "oto", "hiburan", "entertainment", "lifestyle", "gaya", "hidup", "life",
            "kesehatan", "sehat", "health", "opini", "opinion", "humaniora", "sains", "science", "edukasi", "pendidikan",
            "hype", "seleb", "celebrity", "jakarta", "peristiwa", "indeks", "index", "infografis", "properti", "games",
            "amerika", "serikat", "indonesia", "majalah", "magazine", "cek", "fakta", "periksa", "trending", "viral", "more");

    /** A navigation menu saved as one line: mostly section names, no punctuation. */
    private static boolean isMenu(String block) {
        if (block.matches(".*[,:;.!?\"“”'’()\\d].*")) {
            return false;
        }
        String[] words = block.toLowerCase(Locale.ROOT).split("\\s+");
        long sections = java.util.Arrays.stream(words).filter(SECTION_WORDS::contains).count();
        return sections >= 0.6 * words.length;
    }

    /** Outlet credits, authors and editors gathered from anywhere outside the body. */
    private final class Credits {
        private String outlet;
        private String agency;
        private ZoneOffset zone;
        final Set<String> authors = new LinkedHashSet<>();
        final Set<String> editors = new LinkedHashSet<>();

        /** A credit as printed; the first outlet wins, an agency only when no outlet is credited. */
        void credit(String printed) {
            printed = printed.strip().replaceAll("\\.$", "");
            String name = outlets.usualSpelling(printed);
            Outlets.Outlet known = outlets.lookup(printed);
            if (zone == null && known != null) {
                zone = known.zone();
            }
            if (known != null && known.agency()) {
                agency = agency == null ? name : agency;
            } else {
                outlet = outlet == null ? name : outlet;
            }
        }

        /** A line that is only a known outlet's name (site name, masthead). */
        boolean siteName(String line) {
            if (outlets.lookup(line) != null || (Text.wordCount(line) == 1 && Outlets.looksLikeDomain(line.strip()))) {
                credit(line);
                return true;
            }
            return false;
        }

        String outlet() {
            return outlet != null ? outlet : agency;
        }
    }

    private record Header(OffsetDateTime publishedAt, String place, int bodyStart, String lead, List<String> bareNames) {
    }

    private Header readHeader(List<String> blocks, int titleIndex, String pageLanguage, Credits credits, boolean contentChosen) {
        // On a chosen DOM the lead is the first or second block of the article; deeper down a dash
        // is an ordinary sentence's ("Given that history -- and ...").
        int limit = Math.min(blocks.size(), titleIndex + (contentChosen ? DOM_LEAD_BLOCKS + 1 : HEADER_LINES));
        int leadIndex = -1;
        Matcher lead = null;
        for (int i = titleIndex + 1; i < limit && leadIndex < 0; i++) {
            String block = blocks.get(i);
            if (boilerplate.judge(block) != Boilerplate.Verdict.ARTICLE || dateLine(block, null).isPresent()
                    || isCaption(block, "")) {
                continue;
            }
            String prefix = block.substring(0, Math.min(block.length(), LEAD_PREFIX));
            Matcher outletPlace = LEAD_OUTLET_PLACE.matcher(prefix);
            if (outletPlace.matches() && Text.wordCount(block.substring(outletPlace.start("rest"))) >= 6) {
                leadIndex = i;
                lead = outletPlace;
                continue;
            }
            Matcher m = LEAD.matcher(prefix);
            if (m.matches() && Text.wordCount(block.substring(m.start("rest"))) >= 6 && leadHead(m) != null) {
                leadIndex = i;
                lead = m;
            }
        }
        // Credits in the lead and around the header tell the outlet, and so the zone of a time printed bare.
        LeadHead head = lead == null ? null : lead.pattern() == LEAD_OUTLET_PLACE
                ? new LeadHead(Text.titleCase(lead.group("place").strip()), lead.group("outlet"), null) : leadHead(lead);
        if (head != null && head.outlet() != null) {
            credits.credit(head.outlet());
        }
        int headerEnd = leadIndex >= 0 ? leadIndex : limit;
        for (int i = titleIndex + 1; i < headerEnd; i++) {
            credits.siteName(blocks.get(i));
        }
        for (String block : blocks) {
            if (credits.zone == null) {
                Outlets.Outlet known = outlets.lookup(block);
                credits.zone = known == null ? null : known.zone();
            }
        }
        ZoneOffset bareZone = credits.zone != null ? credits.zone
                : pageLanguage.equals("id") ? WIB : pageLanguage.equals("ms") ? MALAYSIA : null;

        OffsetDateTime publishedAt = null;
        boolean publishedIsUpdate = false;
        String datePlace = null;
        Set<Integer> dateLines = new HashSet<>();
        List<String> bareNames = new ArrayList<>();
        for (int i = titleIndex + 1; i < headerEnd; i++) {
            String block = blocks.get(i);
            Optional<PublicationTimes.DateLine> line = dateLine(block, bareZone);
            if (line.isPresent()) {
                dateLines.add(i);
                if (publishedAt == null || (publishedIsUpdate && !line.get().update())) {
                    publishedAt = line.get().publishedAt();
                    publishedIsUpdate = line.get().update();
                    String credit = line.get().credit();
                    if (credit != null && outlets.isOutletCredit(credit)) {
                        credits.credit(credit);
                    } else if (credit != null && datePlace == null && Text.wordCount(credit) <= 3) {
                        datePlace = credit;
                    }
                }
                for (String part : HEADER_PARTS.split(block)) {
                    if (!readBylines(part, credits) && BARE_NAME.matcher(part).matches() && !credits.siteName(part)
                            && !entities.isLocation(part)) {
                        bareNames.add(part);
                    }
                }
                continue;
            }
            if (block.length() > LONGEST_BYLINE) {
                continue;
            }
            Matcher from = REPORTING_FROM.matcher(block);
            if (from.matches()) {
                datePlace = datePlace == null ? from.group("place").strip() : datePlace;
                continue;
            }
            if (ROLE_LINE.matcher(block).matches()) {
                continue;
            }
            if (block.length() <= LONGEST_BYLINE && boilerplate.judge(block) == Boilerplate.Verdict.ARTICLE
                    && !readBylines(block, credits) && BARE_NAME.matcher(block).matches() && !credits.siteName(block) && !entities.isLocation(block)
                    && !looksLikeParagraph(block, "")) {
                bareNames.add(block);
            }
        }
        if (lead != null) {
            String place = head.place() != null ? head.place() : datePlace;
            if (head.agency() != null) {
                credits.credit(head.agency());
            }
            return new Header(publishedAt, place, leadIndex, blocks.get(leadIndex).substring(lead.start("rest")), bareNames);
        }
        int start = Math.max(titleIndex + 1, dateLines.stream().max(Integer::compare).orElse(0) + 1);
        while (!contentChosen && start < blocks.size() && !looksLikeParagraph(blocks.get(start), blocks.get(titleIndex))) {
            start++;
        }
        return new Header(publishedAt, datePlace, Math.min(start, blocks.size()), null, bareNames);
    }

    /** A date line, also when its parts are set apart by "·", "●" or "|" ("Name, Jurnalis · Rabu 14 ..."). */
    private static Optional<PublicationTimes.DateLine> dateLine(String block, ZoneOffset bareZone) {
        Optional<PublicationTimes.DateLine> line = PublicationTimes.parse(block, bareZone);
        if (line.isPresent()) {
            return line;
        }
        String[] parts = HEADER_PARTS.split(block);
        if (parts.length == 1) {
            return Optional.empty();
        }
        for (int first = 0; first < parts.length; first++) {
            line = PublicationTimes.parse(String.join(", ", List.of(parts).subList(first, parts.length)), bareZone);
            if (line.isEmpty()) {
                line = PublicationTimes.parse(parts[first], bareZone); // "2 Agustus 2023 09:40 WIT · 4 menit baca"
            }
            if (line.isPresent()) {
                return line;
            }
        }
        return Optional.empty();
    }

    /** The credit before a lead: the place (first named), the outlet and an agency in brackets. */
    private record LeadHead(String place, String outlet, String agency) {
    }

    private LeadHead leadHead(Matcher m) {
        String head = m.group("head");
        boolean shouted = head.equals(head.toUpperCase(Locale.ROOT));
        if (m.group("separator").equals(":") && !shouted && !entities.isLocation(head)) {
            return null; // "Menurut Lavrov: ..." is a sentence; "KUALA LUMPUR: ...", "Jakarta: ..." are credits
        }
        String outlet = null;
        String place = null;
        for (String part : head.split(",")) {
            String p = part.strip().replaceAll("[\\s\\-–—]+$", "");
            if (p.isEmpty() || Text.wordCount(p) > 4) {
                return null;
            }
            if (SHORT_DATE.matcher(p).matches()) {
                continue;
            }
            if (outlets.isOutletCredit(p)) {
                outlet = p;
            } else if (place == null) {
                if (!Character.isUpperCase(p.charAt(0))) {
                    return null;
                }
                place = p.equals(p.toUpperCase(Locale.ROOT)) ? Text.titleCase(p) : p;
            }
        }
        String paren = m.group("paren") == null ? null : m.group("paren").strip();
        if (outlet == null && place == null && paren == null) {
            return null;
        }
        return new LeadHead(place, outlet, paren);
    }

    private static boolean looksLikeParagraph(String block, String title) {
        return Text.wordCount(block) >= 10 && Text.endsLikeSentence(block) && !isCaption(block, title);
    }

    private static boolean isCaption(String block, String title) {
        if (!title.isEmpty() && block.length() > title.length() && block.startsWith(title)) {
            return true;
        }
        String tail = block.substring(Math.max(0, block.length() - CREDIT_TAIL));
        return CAPTION_CREDIT.matcher(tail).find() || CAPTION_MARK.matcher(block).find();
    }

    private static final class Body {
        final List<String> paragraphs = new ArrayList<>();
    }

    private Body readBody(List<String> blocks, Header header, String title, Credits credits, boolean contentChosen) {
        int start = header.bodyStart();
        List<String> candidates = new ArrayList<>();
        List<Boolean> headlineShaped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ended = false;
        boolean inList = false;
        for (int i = start; i < blocks.size(); i++) {
            // The lead keeps its text, not its "PLACE, OUTLET -" credit.
            String block = i == start && header.lead() != null ? header.lead() : blocks.get(i);
            if (readBylines(block, credits)) {
                continue;
            }
            Matcher box = AUTHOR_BOX.matcher(block);
            if (box.matches()) {
                addNames(box.group("name"), credits.authors);
                ended = true;
                continue;
            }
            Matcher tayang = PUBLISHED_AT_OUTLET.matcher(block);
            Matcher copyright = COPYRIGHT.matcher(block);
            if (tayang.matches() || copyright.matches()) {
                credits.credit((tayang.matches() ? tayang : copyright).group("outlet")
                        .replaceAll("\\s+(?:Media Network|Media Group|Inc|Ltd|Limited|Corp|Group|Tbk)\\.?$", ""));
                ended = ended || tayang.matches() || copyright.matches();
                continue;
            }
            if (ended) {
                credits.siteName(block);
                continue;
            }
            if (SOURCE.matcher(block).matches() || credits.siteName(block)) {
                continue;
            }
            Boilerplate.Verdict verdict = boilerplate.judge(block);
            if (verdict == Boilerplate.Verdict.END) {
                ended = true;
                continue;
            }
            if (verdict == Boilerplate.Verdict.LIST) {
                inList = true;
                continue;
            }
            // Items of a list the article introduces ("... yakni:" then "- Medan Johor") are article text.
            boolean articleListItem = LIST_ITEM.matcher(block).matches() && !candidates.isEmpty()
                    && (candidates.get(candidates.size() - 1).endsWith(":") || LIST_ITEM.matcher(candidates.get(candidates.size() - 1)).matches());
            if (articleListItem && verdict != Boilerplate.Verdict.LIST && seen.add(Text.key(block))) {
                candidates.add(block);
                headlineShaped.add(false);
                continue;
            }
            if (inList && Text.wordCount(block) <= 25 && (!Text.endsLikeSentence(block) || block.endsWith("?"))) {
                continue; // a headline of the related-stories list, a poll's question or option
            }
            inList = false;
            if (verdict == Boilerplate.Verdict.SKIP || isCaption(block, title)) {
                continue;
            }
            if (!contentChosen && i > start && isWidget(block, i + 1 < blocks.size() ? blocks.get(i + 1) : "")) {
                continue;
            }
            boolean repeatable = contentChosen && Text.wordCount(block) < DOM_DEDUPE_WORDS;
            if (seen.add(Text.key(block)) || repeatable) {
                candidates.add(block.replaceAll("(?<=[.!?\"”])\\*+$", ""));
                headlineShaped.add(!contentChosen && isHeadlineShaped(block));
            }
        }
        Body body = new Body();
        Set<String> vocabulary = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!headlineShaped.get(i)) {
                vocabulary.addAll(contentWords(candidates.get(i)));
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            // A subheading leads into more of the article: one that ends it is another story's headline.
            boolean last = i == candidates.size() - 1;
            if (!headlineShaped.get(i) || (!last && isOnTopic(candidates.get(i), vocabulary))) {
                body.paragraphs.add(candidates.get(i));
            }
        }
        dropPullQuotes(body.paragraphs);
        dropAuthorBio(body.paragraphs, credits.authors);
        int last = body.paragraphs.size() - 1;
        if (last >= 0) {
            String trimmed = TRAILING_INITIALS.matcher(body.paragraphs.get(last)).replaceAll("");
            if (trimmed.isBlank()) {
                body.paragraphs.remove(last);
            } else {
                body.paragraphs.set(last, trimmed);
            }
        }
        return body;
    }

    /** Paragraphs compared for pull quotes at most: beyond this a page is no article anyway. */
    private static final int PULL_QUOTE_LIMIT = 400;

    /** A pull quote repeats a sentence of a paragraph: the shorter copy goes. */
    private static void dropPullQuotes(List<String> paragraphs) {
        if (paragraphs.size() > PULL_QUOTE_LIMIT) {
            return;
        }
        List<String> keys = paragraphs.stream().map(Text::key).toList();
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            String key = keys.get(i);
            if (Text.wordCount(paragraphs.get(i)) < 8) {
                continue;
            }
            for (int j = 0; j < keys.size(); j++) {
                if (j != i && keys.get(j).length() > key.length() && keys.get(j).contains(key)) {
                    paragraphs.remove(i);
                    break;
                }
            }
        }
    }

    /** "Rina Kartikasari adalah dosen ..." closing a column is the author's bio, not the article. */
    private static void dropAuthorBio(List<String> paragraphs, Set<String> authors) {
        if (paragraphs.size() < 2) {
            return;
        }
        String last = paragraphs.get(paragraphs.size() - 1);
        for (String author : authors) {
            if (last.startsWith(author + " adalah ") || last.startsWith(author + " is ") || last.startsWith(author + " merupakan ")) {
                paragraphs.remove(paragraphs.size() - 1);
                return;
            }
        }
    }

    /**
     * A short line without a sentence end: a widget ("Premium", "Video"), a tag, unless it is a
     * three-word heading that leads into a paragraph ("The hard bargaining").
     */
    private static boolean isWidget(String block, String next) {
        int words = Text.wordCount(block);
        if (words > 3 || Text.endsLikeSentence(block)) {
            return false;
        }
        return words < 3 || !looksLikeParagraph(next, "");
    }

    /** Title case and no sentence end: a subheading of the article, or a headline of another story. */
    private static boolean isHeadlineShaped(String block) {
        int words = Text.wordCount(block);
        return words >= 4 && words <= 25 && !Text.endsLikeSentence(block)
                && !NUMBERED_HEADING.matcher(block).matches() && Text.capitalisedShare(block) >= 0.7;
    }

    /** A subheading shares most of its words with the article; another story's headline does not. */
    private static boolean isOnTopic(String block, Set<String> vocabulary) {
        Set<String> words = contentWords(block);
        if (words.isEmpty()) {
            return false;
        }
        long shared = words.stream().filter(vocabulary::contains).count();
        return shared >= 0.5 * words.size();
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3) {
                words.add(word);
            }
        }
        return words;
    }

    /** Reads the bylines of a line ("Penulis: A | Editor: B", "Rep: A/ Red: B"); true when it was one. */
    private boolean readBylines(String block, Credits credits) {
        if (block.length() > LONGEST_BYLINE) {
            return false;
        }
        Matcher wire = WIRE_CREDITS.matcher(block);
        if (wire.matches()) {
            addNames(wire.group("authors"), credits.authors);
            if (wire.group("writers") != null) {
                addNames(wire.group("writers"), credits.authors);
            }
            if (wire.group("editors") != null) {
                addNames(wire.group("editors"), credits.editors);
            }
            return true;
        }
        boolean found = false;
        for (String part : BYLINE_PARTS.split(block)) {
            found |= readByline(part.strip(), credits);
        }
        return found;
    }

    private boolean readByline(String printed, Credits credits) {
        String part = GLUED_LABEL.matcher(printed).replaceFirst("$1: ");
        Matcher both = EDITOR_AND_AUTHOR.matcher(part);
        if (both.matches()) {
            addNames(both.group("names"), credits.authors);
            addNames(both.group("names"), credits.editors);
            return true;
        }
        Matcher withOutlet = AUTHOR_OUTLET.matcher(part);
        if (withOutlet.matches()) {
            String outlet = first(withOutlet.group("outlet"), withOutlet.group("outlet2"), withOutlet.group("outlet3"));
            if (outlets.isOutletCredit(outlet)) {
                addNames(first(withOutlet.group("names"), withOutlet.group("names2"), withOutlet.group("names3")), credits.authors);
                credits.credit(outlet);
                return true;
            }
        }
        Matcher role = AUTHOR_ROLE.matcher(part);
        if (role.matches()) {
            addNames(role.group("names"), credits.authors);
            return true;
        }
        Matcher editor = EDITOR.matcher(part);
        if (editor.matches()) {
            addNames(editor.group("names"), credits.editors);
            return true;
        }
        Matcher author = AUTHOR.matcher(part);
        String labelled = author.matches() ? author.group("names").replaceAll("\\s*\\([^)]{2,30}\\)$", "") : null;
        if (labelled != null && Text.wordCount(labelled) <= 12 && !Text.endsLikeSentence(labelled.replaceAll("\\p{Lu}\\.$", ""))) {
            String names = labelled;
            if (outlets.lookup(names) != null) {
                credits.credit(names); // "Oleh: VOA Indonesia" credits an outlet, not a person
                return true;
            }
            boolean contributor = author.group("label").toLowerCase(Locale.ROOT).startsWith("ko");
            for (String name : names.split("\\s*,\\s*")) {
                // "Kontributor Kupang, Yohanes Bria Lelo": the one-word part is the place; "..., Dosen Ilmu ...": a role
                if ((contributor && Text.wordCount(name) == 1) || ROLE_WORD.matcher(name).find()) {
                    continue;
                }
                addNames(name, credits.authors);
            }
            return true;
        }
        return false;
    }

    private void addNames(String names, Set<String> into) {
        for (String name : NAME_SEPARATORS.split(names.strip())) {
            String n = name.strip();
            if (n.length() > 3 && n.equals(n.toUpperCase(Locale.ROOT)) && n.matches(".*\\p{L}{2}.*")) {
                n = Text.titleCase(n); // "EVARISTUS NGGADAS": bylines set in capitals are names in name case
            }
            if (!n.isEmpty() && !outlets.isAgency(n)) {
                into.add(n);
            }
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
