package io.linimasa.normalise.fields;

import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.lexicon.Lexicon;
import io.linimasa.normalise.lexicon.Lexicons;
import io.linimasa.normalise.rules.LineRule;
import io.linimasa.normalise.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines of every form: "Penulis: A | Editor: B", "Rep: A/ Red: B", "Andhika Prasetia - detikNews",
 * "Laporan Wartawan Tribunnews.com, Reza Deni", "Reporting by A and B; Editing by C", author boxes.
 * Labels and roles come from {@link Lexicons#BYLINE_LABELS} and {@link Lexicons#BYLINE_ROLES}.
 * Reading a line has no side effect: it gives a {@link Byline} that the caller credits.
 */
public final class Bylines {

    /** What one line credits: people as printed (split, name-cased) and outlets as printed. */
    public record Byline(List<String> authors, List<String> editors, List<String> outlets) {

        public static final Byline NONE = new Byline(List.of(), List.of(), List.of());

        public boolean found() {
            return this != NONE;
        }
    }

    /** Bylines, roles and names are short lines; longer ones are not matched against their rules. */
    public static final int LONGEST_BYLINE = 300;
    /** An author box runs on with the author's bio; its pattern reads a bounded name, then anything. */
    private static final int LONGEST_AUTHOR_BOX = 100_000;
    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final String AUTHOR_LABELS = Lexicons.BYLINE_LABELS.alternation(t -> t.value().equals("author"));
    private static final String EDITOR_LABELS = Lexicons.BYLINE_LABELS.alternation(t -> t.value().equals("editor"));
    private static final String JOINT_AUTHOR = Lexicons.BYLINE_LABELS.alternation(t -> t.value().equals("author") && t.has("joint"));
    private static final String JOINT_EDITOR = Lexicons.BYLINE_LABELS.alternation(t -> t.value().equals("editor") && t.has("joint"));
    private static final String GLUED = Lexicon.alternation(Lexicons.BYLINE_LABELS.texts(t -> t.has("glued")).stream()
            .map(Bylines::capitalised).toList());
    private static final String DESCRIBES = Lexicon.alternation(Lexicons.BYLINE_ROLES.texts(t -> t.has("describes")).stream()
            .map(Bylines::capitalised).toList());
    private static final String ROLE_LINE_WORDS = Lexicon.alternation(Lexicons.BYLINE_ROLES.texts(t -> t.has("role-line")).stream()
            .map(Bylines::capitalised).toList());
    private static final String AFTER_NAME = Lexicons.BYLINE_ROLES.alternation(t -> t.has("after-name") && !t.language().equals("en"))
            + "|(?:" + Lexicons.BYLINE_ROLES.alternation(t -> t.has("after-name") && t.language().equals("en")) + ")s?";

    /** Two labels on one credit: "Redaktur & Reporter : Name" names both the editor and the author. */
    static final LineRule EDITOR_AND_AUTHOR = LineRule.whole("byline-editor-and-author", LONGEST_BYLINE, Cue.any(Cue.EDITOR_LABEL),
            "^(?:(?:" + JOINT_EDITOR + ")\\s*(?:&|dan|/)\\s*(?:" + JOINT_AUTHOR + ")|(?:" + JOINT_AUTHOR + ")\\s*(?:&|dan|/)\\s*(?:"
                    + JOINT_EDITOR + "))\\s*:\\s*(?<names>.{2,80})$", CI);
    /** A label glued to the name by the page's markup: "EditorMade Arya Wiguna". */
    static final LineRule GLUED_LABEL = LineRule.find("byline-glued-label", LONGEST_BYLINE, Cue.any(Cue.AUTHOR_LABEL, Cue.EDITOR_LABEL),
            "^(" + GLUED + ")(?=\\p{Lu}\\p{Ll})", 0);
    /** A role under a byline: "Transport Correspondent", "Wartawan BBC News Indonesia". */
    public static final LineRule ROLE_LINE = LineRule.whole("byline-role-line", LONGEST_BYLINE, Cue.any(Cue.BYLINE_ROLE),
            "^(?:[\\p{L}.' ]{0,40}\\s)?(?:" + ROLE_LINE_WORDS + ")(?:\\s[\\p{L}.' ]{0,40})?$");
    /** Where a correspondent filed from: "Melaporkan dari, Gunungkidul, Yogyakarta". */
    public static final LineRule REPORTING_FROM = LineRule.whole("byline-reporting-from", LONGEST_BYLINE, Cue.any(Cue.REPORTING),
            "^(?:melaporkan dari|reporting from),?\\s+(?<place>[^,]{2,40})(?:,.*)?$", CI);
    /** Words that start a description of a person, not a name: "Dosen Ilmu Komunikasi ...". */
    static final LineRule DESCRIPTION = LineRule.find("byline-describes-person", LONGEST_BYLINE, Cue.any(Cue.BYLINE_ROLE),
            "^(?:" + DESCRIBES + ")\\b", 0);
    static final LineRule EDITOR = LineRule.whole("byline-editor", LONGEST_BYLINE, Cue.any(Cue.EDITOR_LABEL),
            "^(?:" + EDITOR_LABELS + ")\\s*:\\s*(?<names>.{2,80})$", CI);
    static final LineRule AUTHOR = LineRule.whole("byline-author", LONGEST_BYLINE, Cue.any(Cue.AUTHOR_LABEL),
            "^(?<label>" + AUTHOR_LABELS + ")(?:\\s*[:,]\\s*|\\s+)(?<names>\\p{Lu}.{1,80})$", CI);
    /**
     * A reporter with an outlet: "Andhika Prasetia - detikNews", "Laporan Wartawan Tribunnews.com, Reza
     * Deni", "Dewi Anggraeni (The Jakarta Post)", "Rahmat Hidayat, Jurnalis".
     */
    static final LineRule AUTHOR_OUTLET = LineRule.whole("byline-author-outlet", LONGEST_BYLINE,
            Cue.any(Cue.REPORTING, Cue.PAREN, Cue.DASH, Cue.SEPARATOR, Cue.COMMA),
            "^(?:laporan\\s+(?:wartawan|reporter|koresponden)\\s+(?<outlet2>[\\p{L}.-]{3,30}),?\\s+(?<names2>\\p{Lu}[\\p{L}.' ]{2,60})"
                    + "|(?<names3>\\p{Lu}[\\p{L}.' ]{2,60}?)\\s*\\((?<outlet3>[^)]{2,40})\\)"
                    + "|(?:(?:by|oleh)\\s+)?(?:[\\p{L} ]{2,20}\\s+-\\s+)?(?<names>\\p{Lu}[\\p{L}.', ]{2,80}?)(?:\\s+[-–|]|,)\\s+(?<outlet>[\\p{L}. ]{3,30}))$",
            CI);
    static final LineRule AUTHOR_ROLE = LineRule.whole("byline-author-role", LONGEST_BYLINE, Cue.any(Cue.BYLINE_ROLE),
            "^(?:(?:by|oleh)\\s+)?(?<names>\\p{Lu}[\\p{L}.' ]{2,80}?),\\s*(?:[\\p{L} ]{0,30}\\s)?(?:" + AFTER_NAME + ")$", CI);
    /** Wire credits at the end of a story: "Reporting by A and B; Editing by C". */
    static final LineRule WIRE_CREDITS = LineRule.whole("byline-wire-credits", LONGEST_BYLINE, Cue.any(Cue.REPORTING),
            "^\\(?(?:additional\\s+)?reporting by\\s+(?<authors>[^;]+?)(?:;\\s*(?:additional reporting by [^;]+;\\s*)?(?:writing by\\s+(?<writers>[^;]+?);\\s*)?editing by\\s+(?<editors>[^;)]+?))?\\.?\\)?$",
            CI);
    /** An author box: "Karl Gading S. Verified Writer ...". */
    public static final LineRule AUTHOR_BOX = LineRule.whole("byline-author-box", LONGEST_AUTHOR_BOX, Cue.any(Cue.VERIFIED_WRITER),
            "^(?<name>.{2,60}?)\\s+(?:Photo\\s+)?Verified Writer\\b.*$", CI);
    /** A line that is only a name: "Abdul Rochim Santoso" under a headline. */
    public static final LineRule BARE_NAME = LineRule.whole("byline-bare-name", LONGEST_BYLINE, 0,
            "^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}(?:\\s*(?:&|,|\\bdan\\b|\\band\\b)\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})*$");


    private static final Pattern PARTS = Pattern.compile("\\s+[|·●•]\\s+|/\\s+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bdan\\b|/)\\s*");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\([^)]{2,30}\\)$");
    private static final Pattern INITIAL_END = Pattern.compile("\\p{Lu}\\.$");

    private final Outlets outlets;

    public Bylines(Outlets outlets) {
        this.outlets = outlets;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The bylines of a line ("Penulis: A | Editor: B", "Rep: A/ Red: B"), or {@link Byline#NONE}. */
    public Byline read(String line, long cues) {
        if (line.length() > LONGEST_BYLINE) {
            return Byline.NONE;
        }
        Matcher wire = WIRE_CREDITS.match(line, cues);
        if (wire != null) {
            List<String> authors = names(wire.group("authors"));
            if (wire.group("writers") != null) {
                authors.addAll(names(wire.group("writers")));
            }
            List<String> editors = wire.group("editors") != null ? names(wire.group("editors")) : List.of();
            return new Byline(authors, editors, List.of());
        }
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        List<String> credited = new ArrayList<>();
        boolean found = false;
        for (String part : PARTS.split(line)) {
            found |= readPart(part.strip(), cues, authors, editors, credited);
        }
        return found ? new Byline(authors, editors, credited) : Byline.NONE;
    }

    public Byline read(String line) {
        return read(line, io.linimasa.normalise.lexicon.Cues.of(line));
    }

    private static String unglued(String part, long cues) {
        Matcher glued = GLUED_LABEL.match(part, cues);
        return glued == null ? part : glued.group(1) + ": " + part.substring(glued.end());
    }

    private boolean readPart(String printed, long cues, List<String> authors, List<String> editors, List<String> credited) {
        String part = unglued(printed, cues);
        Matcher both = EDITOR_AND_AUTHOR.match(part, cues);
        if (both != null) {
            authors.addAll(names(both.group("names")));
            editors.addAll(names(both.group("names")));
            return true;
        }
        Matcher withOutlet = AUTHOR_OUTLET.match(part, cues);
        if (withOutlet != null) {
            String outlet = first(withOutlet.group("outlet"), withOutlet.group("outlet2"), withOutlet.group("outlet3"));
            if (outlets.isOutletCredit(outlet)) {
                authors.addAll(names(first(withOutlet.group("names"), withOutlet.group("names2"), withOutlet.group("names3"))));
                credited.add(outlet);
                return true;
            }
        }
        Matcher role = AUTHOR_ROLE.match(part, cues);
        if (role != null) {
            authors.addAll(names(role.group("names")));
            return true;
        }
        Matcher editor = EDITOR.match(part, cues);
        if (editor != null) {
            editors.addAll(names(editor.group("names")));
            return true;
        }
        Matcher author = AUTHOR.match(part, cues);
        String labelled = author != null ? TRAILING_PAREN.matcher(author.group("names")).replaceAll("") : null;
        if (labelled != null && Text.wordCount(labelled) <= 12 && !Text.endsLikeSentence(INITIAL_END.matcher(labelled).replaceAll(""))) {
            if (outlets.lookup(labelled) != null) {
                credited.add(labelled); // "Oleh: VOA Indonesia" credits an outlet, not a person
                return true;
            }
            boolean contributor = Lexicons.BYLINE_LABELS.terms(t -> t.has("contributor")).stream()
                    .anyMatch(t -> t.text().equals(author.group("label").toLowerCase(Locale.ROOT)));
            for (String name : labelled.split("\\s*,\\s*")) {
                // "Kontributor Kupang, Yohanes Bria Lelo": the one-word part is the place; "..., Dosen Ilmu ...": a role
                if ((contributor && Text.wordCount(name) == 1) || DESCRIPTION.matches(name, cues)) {
                    continue;
                }
                authors.addAll(names(name));
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a line reads like a byline at all (a label, a reporter with an outlet, a role), as
     * what follows a headline; looser than {@link #read}, which also checks what the names are.
     */
    public boolean looksLikeByline(String line, long cues) {
        if (line.length() > LONGEST_BYLINE) {
            return false;
        }
        for (String part : PARTS.split(line)) {
            String p = unglued(part.strip(), cues);
            if (EDITOR.matches(p, cues) || AUTHOR.matches(p, cues) || AUTHOR_OUTLET.matches(p, cues) || AUTHOR_ROLE.matches(p, cues)) {
                return true;
            }
        }
        return false;
    }

    /** People named in a credit: split at commas and "and", capitals in name case, agencies left out. */
    public List<String> names(String names) {
        List<String> out = new ArrayList<>();
        for (String name : NAME_SEPARATORS.split(names.strip())) {
            String n = name.strip();
            if (n.length() > 3 && n.equals(n.toUpperCase(Locale.ROOT)) && hasTwoLetters(n)) {
                n = Text.titleCase(n); // "EVARISTUS NGGADAS": bylines set in capitals are names in name case
            }
            if (!n.isEmpty() && !outlets.isAgency(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean hasTwoLetters(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
