package io.linimasa.normalise;

import java.text.BreakIterator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dated events a body reports and resolves each date against the publication date.
 * Written as a rule table because no library handles Indonesian temporal expressions well
 * (HeidelTime's Indonesian rules are machine-made and miss most of the forms below).
 *
 * <p>How the table is read:
 * <ul>
 * <li>Rules are tried in order over each sentence; a later rule never takes text an earlier one
 *     matched, so the fuller forms come first ("Sabtu (31/10/2020)" before "Sabtu").</li>
 * <li>Each rule has a {@link Kind}: {@code ABSOLUTE} dates stand alone, {@code ANCHORED} ones need
 *     a year (from the publication date or, when that is unknown, from the article's own absolute
 *     dates), {@code RELATIVE} ones need the publication date or the previous dated event.</li>
 * <li>A weekday alone is the nearest such day on or before publication, a day and month without a
 *     year the nearest before publication, unless the clause speaks of the future ("akan", "will",
 *     "depan", "next"): then the nearest on or after.</li>
 * <li>A relative expression right beside an absolute one ("kemarin, Jumat (30/10)") is one
 *     expression with the absolute date.</li>
 * <li>An expression that cannot be resolved (no publication date, no earlier event, a vague "a few
 *     days ago") is still an event, with a null date: it never reaches a timeline. A date is never
 *     guessed from the time of ingest.</li>
 * <li>Date lines, photo captions and links to other stories are not events.</li>
 * </ul>
 */
final class Events {

    /** A resolved date: the contract's string form and the days it covers. */
    record Resolved(String date, Granularity granularity, LocalDate start, LocalDate end) {

        static Resolved day(LocalDate day) {
            return new Resolved(day.toString(), Granularity.DAY, day, day);
        }

        /** Several days ("19-20 September 2023"): named by the first, covering all. */
        static Resolved days(LocalDate first, LocalDate last) {
            if (!last.isAfter(first)) {
                throw NOT_A_DATE;
            }
            return new Resolved(first.toString(), Granularity.DAY, first, last);
        }

        static Resolved week(LocalDate any) {
            LocalDate monday = any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Resolved(monday.toString(), Granularity.WEEK, monday, monday.plusDays(6));
        }

        static Resolved month(YearMonth month) {
            return new Resolved(month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
        }

        static Resolved year(int year) {
            return new Resolved(Integer.toString(year), Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        /** Several years ("2018-2020"): named by the first, covering all. */
        static Resolved years(int first, int last) {
            if (last <= first || last - first > 50) {
                throw NOT_A_DATE;
            }
            return new Resolved(Integer.toString(first), Granularity.YEAR, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
        }

        static Resolved decade(int decade) {
            return new Resolved(decade + "s", Granularity.DECADE, LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
        }
    }

    /** What a rule needs besides its own text. */
    enum Kind {
        /** A full date: "27 September 2020", "31/10/2020", "Oktober 2022", "tahun 1997", "1990-an". */
        ABSOLUTE,
        /** A day or month without a year: "(31/10)", "19 September", "bulan Oktober". */
        ANCHORED,
        /** Relative to publication or to the previous dated event: "kemarin", "pekan lalu", "dua hari kemudian". */
        RELATIVE
    }

    /**
     * What a rule may lean on: the publication date (null when unknown), the years of the article's
     * absolute dates (most recent first; they stand in for the publication year when it is unknown),
     * the previous dated event, the year an earlier expression of the same sentence named ("Tahun
     * lalu, ... pada September": September of that year), and the sentence (for the tense).
     */
    record Context(LocalDate published, List<Integer> articleYears, Resolved previous, Integer sentenceYear, String sentence) {
    }

    @FunctionalInterface
    private interface Resolver {
        /** The date of a match; null when the text does not allow one; throws {@link #NOT_A_DATE} when it is no date at all. */
        Resolved resolve(MatchResult m, Context c);
    }

    private record Rule(String name, Kind kind, Pattern pattern, Resolver resolver) {
    }

    private record Found(int start, int end, Rule rule, MatchResult match) {
    }

    private record Event(int start, int end, Kind kind, Resolved resolved) {
    }

    /** Thrown by a resolver when the matched text turns out not to be a date ("minggu" the noun, "(1/2)" a fraction). */
    private static final RuntimeException NOT_A_DATE = new IllegalArgumentException("not a date") {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    private static final String W = Calendars.WEEKDAY;
    /** Weekdays written out: an abbreviation alone ("sat", "sun") is too often an ordinary word. */
    private static final String W_FULL = "(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String M = Calendars.MONTH + "\\b";
    /** Months written out, for the forms where an abbreviation alone would be too loose ("pada Mar"). */
    private static final String M_FULL = "(januari|january|februari|pebruari|february|maret|march|april|mei|may|juni|june"
            + "|juli|july|agustus|august|september|oktober|october|november|nopember|desember|december)\\b";
    private static final String N = "(\\d{1,2}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
            + "|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String UNIT = "(hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?)";
    private static final String DASH = "\\s*(?:-|–|—|hingga|sampai|s\\.?d\\.?|to|until)\\s*";
    private static final String PART_OF = "(?:(?:awal|akhir|pertengahan|medio|early|late|mid-?)\\s+)?";
    /** Words that make a bare number a count, not a year ("pada 1500 warga"). */
    private static final String NOT_A_COUNT = "(?!\\s*(?:orang|warga|jiwa|personel|pasukan|tentara|unit|ton|km|kilometer|meter"
            + "|rupiah|dolar|people|troops|soldiers|civilians|units|tons|dollars|km)\\b)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("se", 1), Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
            Map.entry("sembilan", 9), Map.entry("sepuluh", 10), Map.entry("sebelas", 11), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    /** Words that put a clause in the future. */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:akan|bakal|hendak|dijadwalkan|direncanakan|rencananya|berencana|will|shall|is\\s+scheduled|are\\s+scheduled"
                    + "|is\\s+due|are\\s+due|plans?\\s+to|planned|is\\s+expected|are\\s+expected|is\\s+set\\s+to|are\\s+set\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a clause starts or ends, for the tense. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\"“”]|\\b(?:bahwa|that|namun|tetapi|but|yang|which)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Paragraphs that are no part of the story's events: the page's date line, links, captions. */
    private static final Pattern LINK = Pattern.compile(
            "^(?:baca|lihat|simak|tonton)\\s+(?:juga|pula)\\b.*|^(?:read|see)\\s+(?:more|also)\\b.*|^also\\s+read\\b.*"
                    + "|^related\\s*:.*|^(?:berita|artikel)\\s+terkait\\b.*|^\\[?gambas:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:foto|photo|ilustrasi|caption|keterangan\\s+foto)\\s*:.*"
                    + "|.*(?:\\b(?:AP|AFP|REUTERS|Reuters|ANTARA FOTO|ANTARA|Getty Images|EPA|Anadolu|Xinhua)\\s*/\\s*[\\p{L}. ]{2,40}"
                    + "|\\b(?:twitter|x|instagram|facebook)\\.com/\\S+|\\((?:foto|photo|dok|doc)[.:][^)]*\\))\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final List<Rule> RULES = List.of(
            // ---- Absolute days ------------------------------------------------------------------
            // "19-20 September 2023", "5 to 7 October 2020"
            rule("day-range-month-year", Kind.ABSOLUTE,
                    "(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})" + DASH + "(\\d{1,2})\\s+" + M + ",?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.days(date(m.group(4), m.group(3), m.group(1)), date(m.group(4), m.group(3), m.group(2)))),
            // "Rabu 21 Oktober 2020", "27 September 2020", "pada tanggal 5 Oktober 2023", "Saturday, 31 October 2020"
            rule("day-month-year", Kind.ABSOLUTE,
                    "(?:" + W + ",?\\s+)?(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})\\s+" + M + ",?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.day(date(m.group(4), m.group(3), m.group(2)))),
            // "October 21, 2020", "Wednesday, Oct. 21, 2020"
            rule("month-day-year", Kind.ABSOLUTE,
                    "(?:" + W + ",?\\s+)?" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.day(date(m.group(4), m.group(2), m.group(3)))),
            // "Sabtu (31/10/2020)", "31/10/2020", "31-10-2020"; "10/31/2020" when the first number cannot be a day of a month
            rule("numeric-day-month-year", Kind.ABSOLUTE,
                    "(?:" + W + ",?\\s*)?(?:\\((\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4})\\)|\\b(\\d{1,2})([/.-])(\\d{1,2})\\7(\\d{4})\\b)",
                    (m, c) -> m.group(2) != null
                            ? numeric(m.group(2), m.group(4), m.group(5))
                            : numeric(m.group(6), m.group(8), m.group(9))),
            // "2020-10-31"
            rule("iso-date", Kind.ABSOLUTE, "(\\d{4})-(\\d{2})-(\\d{2})\\b",
                    (m, c) -> Resolved.day(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))),

            // ---- Days without a year: the year from context ------------------------------------
            // "Sabtu (31/10)", "(30/10)"
            rule("numeric-day-month", Kind.ANCHORED, "(?:" + W + ",?\\s*)?\\((\\d{1,2})/(\\d{1,2})\\)",
                    (m, c) -> {
                        int a = Integer.parseInt(m.group(2));
                        int b = Integer.parseInt(m.group(3));
                        return b <= 12 ? dayMonth(a, b, m.group(1), m, c) : dayMonth(b, a, m.group(1), m, c);
                    }),
            // "19-20 September"
            rule("day-range-month", Kind.ANCHORED,
                    "(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})" + DASH + "(\\d{1,2})\\s+" + M + "(?!\\s*,?\\s*\\d)",
                    (m, c) -> {
                        Resolved first = dayMonth(Integer.parseInt(m.group(1)), Calendars.month(m.group(3)), null, m, c);
                        return first == null ? null : Resolved.days(first.start(),
                                first.start().withDayOfMonth(Integer.parseInt(m.group(2))));
                    }),
            // "pada tanggal 19 September", "per 31 Oktober", "Kamis, 5 Oktober", "on 5 October"
            rule("day-month", Kind.ANCHORED,
                    "(?:" + W + ",?\\s+)?(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})\\s+" + M + "(?!\\s*,?\\s*\\d)",
                    (m, c) -> dayMonth(Integer.parseInt(m.group(2)), Calendars.month(m.group(3)), m.group(1), m, c)),
            // "October 5", "Thursday, Oct. 5th"
            rule("month-day", Kind.ANCHORED,
                    "(?:" + W + ",?\\s+)?" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d)",
                    (m, c) -> {
                        capitalised(m.group(2));
                        return dayMonth(Integer.parseInt(m.group(3)), Calendars.month(m.group(2)), m.group(1), m, c);
                    }),

            // ---- Decades -----------------------------------------------------------------------
            // "awal tahun 1990-an", "tahun 90-an"
            rule("decade", Kind.ABSOLUTE, PART_OF + "(?:tahun\\s+)?(\\d{3})0-an\\b",
                    (m, c) -> Resolved.decade(year(m.group(1) + "0"))),
            rule("decade-short", Kind.ABSOLUTE, PART_OF + "(?:tahun\\s+)?['’]?([3-9])0-an\\b",
                    (m, c) -> Resolved.decade(1900 + Integer.parseInt(m.group(1)) * 10)),
            // "the early 1990s", "the '90s"
            rule("decade-en", Kind.ABSOLUTE, "(?:the\\s+)?(?:(?:early|late|mid)[- ])?(\\d{3})0s\\b",
                    (m, c) -> Resolved.decade(year(m.group(1) + "0"))),
            rule("decade-short-en", Kind.ABSOLUTE, "(?:the\\s+)?(?:(?:early|late|mid)[- ])?['’]([3-9])0s\\b",
                    (m, c) -> Resolved.decade(1900 + Integer.parseInt(m.group(1)) * 10)),

            // ---- Months and years --------------------------------------------------------------
            // "Oktober 2022", "pada Oktober 2022", "in October 2022", "awal Oktober 2022"
            rule("month-year", Kind.ABSOLUTE,
                    "(?:(?:pada|bulan|sejak|hingga|sampai|in|since|until|by)\\s+)?" + PART_OF + "(?:bulan\\s+)?" + M + ",?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.month(YearMonth.of(year(m.group(2)), Calendars.month(m.group(1))))),
            // "tahun 2018-2020", "antara 2018 dan 2020", "from 2018 to 2020", "between 2018 and 2020"
            rule("year-range", Kind.ABSOLUTE,
                    "(?:antara|between)\\s+(?:tahun\\s+)?(\\d{4})\\s+(?:dan|and)\\s+(?:tahun\\s+)?(\\d{4})\\b" + NOT_A_COUNT
                            + "|(?:(?:sejak|dari|periode|from)\\s+(?:tahun\\s+)?|tahun\\s+)(\\d{4})" + DASH + "(\\d{4})\\b" + NOT_A_COUNT,
                    (m, c) -> m.group(1) != null
                            ? Resolved.years(modernYear(m.group(1)), modernYear(m.group(2)))
                            : Resolved.years(modernYear(m.group(3)), modernYear(m.group(4)))),
            // "tahun 1997", "sejak tahun 1990", "akhir tahun 2019"
            rule("year", Kind.ABSOLUTE, "(?:(?:sejak|hingga|sampai|pada|di)\\s+)?" + PART_OF + "tahun\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.year(year(m.group(1)))),
            // "pada 1997", "in 1997", "since 1990", "akhir 2019"
            rule("year-after-preposition", Kind.ABSOLUTE,
                    "(?:sejak|hingga|sampai|pada|in|since|until|awal|akhir|pertengahan|early|late|mid-?)\\s+(\\d{4})\\b" + NOT_A_COUNT,
                    (m, c) -> Resolved.year(modernYear(m.group(1)))),
            // "perjanjian 1997", "the 1997 treaty" is left out: a number before a noun is too often a count
            rule("year-after-noun", Kind.ABSOLUTE,
                    "(?<=\\b(?:perjanjian|pakta|kesepakatan|traktat|perang|pemilu|pemilihan|krisis|tragedi|peristiwa|konflik|gempa"
                            + "|treaty|agreement|accord|pact|war|election|elections|crisis|summit)\\s{1,3})(\\d{4})\\b" + NOT_A_COUNT,
                    (m, c) -> Resolved.year(modernYear(m.group(1)))),

            // ---- Relative to the previous dated event -----------------------------------------
            // "dua hari kemudian", "setahun kemudian", "two days later", "a year later"
            rule("later", Kind.RELATIVE, N + "\\s*" + UNIT + "\\s+(?:kemudian|later|setelahnya|sesudahnya|berikutnya)",
                    (m, c) -> shift(c.previous(), count(m.group(1)), m.group(2))),
            // "dua hari sebelumnya", "three days earlier"
            rule("earlier", Kind.RELATIVE, N + "\\s*" + UNIT + "\\s+(?:sebelumnya|earlier|before)\\b(?!\\s+(?:the|a|an|his|her|its|their)\\b)",
                    (m, c) -> shift(c.previous(), -count(m.group(1)), m.group(2))),
            // "keesokan harinya", "the next day", "the day before"
            rule("next-day", Kind.RELATIVE, "keesokan\\s+harinya|esok\\s+harinya|(?:the\\s+)?(?:next|following)\\s+day",
                    (m, c) -> shift(c.previous(), 1, "hari")),
            rule("day-before", Kind.RELATIVE, "sehari\\s+sebelumnya|the\\s+(?:day\\s+before|previous\\s+day)",
                    (m, c) -> shift(c.previous(), -1, "hari")),

            // ---- Relative to publication -------------------------------------------------------
            // "tiga hari lalu", "dua pekan yang lalu", "lima tahun silam", "two weeks ago"
            rule("ago", Kind.RELATIVE, N + "\\s*" + UNIT + "\\s+(?:(?:yang\\s+)?lalu|silam|ago)",
                    (m, c) -> ago(c, count(m.group(1)), m.group(2))),
            // "beberapa hari lalu", "a few weeks ago", "beberapa waktu lalu": an event without a date
            rule("vague-ago", Kind.RELATIVE,
                    "beberapa\\s+(?:hari|pekan|minggu|bulan|tahun|waktu)\\s+(?:(?:yang\\s+)?lalu|terakhir|silam)"
                            + "|(?:a\\s+few|several)\\s+(?:days|weeks|months|years)\\s+ago",
                    (m, c) -> null),
            // "Sabtu pekan lalu", "Senin pekan depan", "Monday last week"
            rule("weekday-of-week", Kind.RELATIVE, W_FULL + "\\s+(?:(?:pekan|minggu)\\s+(lalu|kemarin|ini|depan)|(last|this|next)\\s+week)",
                    (m, c) -> {
                        capitalised(m.group(1));
                        if (c.published() == null) {
                            return null;
                        }
                        String which = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
                        int weeks = switch (which) {
                            case "lalu", "kemarin", "last" -> -1;
                            case "depan", "next" -> 1;
                            default -> 0;
                        };
                        LocalDate monday = c.published().plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        return Resolved.day(monday.with(TemporalAdjusters.nextOrSame(Calendars.weekday(m.group(1)))));
                    }),
            rule("this-week", Kind.RELATIVE, PART_OF + "(?:pekan|minggu)\\s+ini|(?:earlier\\s+|later\\s+)?this\\s+week(?:end)?",
                    (m, c) -> published(c, p -> Resolved.week(p))),
            rule("last-week", Kind.RELATIVE, PART_OF + "(?:pekan|minggu)\\s+(?:lalu|kemarin)|last\\s+week(?:end)?",
                    (m, c) -> published(c, p -> Resolved.week(p.minusWeeks(1)))),
            rule("next-week", Kind.RELATIVE, PART_OF + "(?:pekan|minggu)\\s+(?:depan|mendatang)|next\\s+week(?:end)?",
                    (m, c) -> published(c, p -> Resolved.week(p.plusWeeks(1)))),
            rule("this-month", Kind.RELATIVE, PART_OF + "bulan\\s+ini|(?:earlier\\s+|later\\s+)?this\\s+month",
                    (m, c) -> published(c, p -> Resolved.month(YearMonth.from(p)))),
            rule("last-month", Kind.RELATIVE, PART_OF + "bulan\\s+(?:lalu|kemarin)|last\\s+month",
                    (m, c) -> published(c, p -> Resolved.month(YearMonth.from(p).minusMonths(1)))),
            rule("next-month", Kind.RELATIVE, PART_OF + "bulan\\s+(?:depan|mendatang)|next\\s+month",
                    (m, c) -> published(c, p -> Resolved.month(YearMonth.from(p).plusMonths(1)))),
            rule("this-year", Kind.RELATIVE, PART_OF + "tahun\\s+ini|(?:earlier\\s+|later\\s+)?this\\s+year",
                    (m, c) -> published(c, p -> Resolved.year(p.getYear()))),
            rule("last-year", Kind.RELATIVE, PART_OF + "tahun\\s+(?:lalu|kemarin)|last\\s+year",
                    (m, c) -> published(c, p -> Resolved.year(p.getYear() - 1))),
            rule("next-year", Kind.RELATIVE, PART_OF + "tahun\\s+(?:depan|mendatang)|next\\s+year",
                    (m, c) -> published(c, p -> Resolved.year(p.getYear() + 1))),

            // ---- A month without a year: "pada bulan Oktober", "Oktober lalu", "in October", "last October"
            rule("month", Kind.ANCHORED,
                    "(?:(?:pada|sejak|hingga|sampai|in|since|until|last|next)\\s+)?" + PART_OF + "(?:bulan\\s+)?" + M_FULL
                            + "(?:\\s+(lalu|kemarin|silam|depan|mendatang))?",
                    (m, c) -> month(m, c)),

            // ---- Weekdays: "Sabtu kemarin", "pada hari Kamis", "on Thursday", "last Saturday" ---
            rule("weekday", Kind.RELATIVE,
                    "(?:(?:pada\\s+)?hari\\s+|pada\\s+|on\\s+|last\\s+|this\\s+|next\\s+)?" + W_FULL
                            + "(?:\\s+(?:pagi|siang|sore|malam|dini\\s+hari|morning|afternoon|evening|night))?"
                            + "(?:\\s+(kemarin|lalu|depan|mendatang|ini))?",
                    (m, c) -> weekday(m, c)),

            // ---- Days around publication -------------------------------------------------------
            rule("yesterday", Kind.RELATIVE, "kemarin(?:\\s+(?:pagi|siang|sore|malam))?|yesterday|tadi\\s+malam|last\\s+night",
                    (m, c) -> published(c, p -> Resolved.day(p.minusDays(1)))),
            rule("today", Kind.RELATIVE,
                    "hari\\s+ini|(?:pagi|siang|sore|malam)\\s+ini|(?:earlier\\s+)?today|tonight|this\\s+(?:morning|afternoon|evening)",
                    (m, c) -> published(c, p -> Resolved.day(p))),
            rule("tomorrow", Kind.RELATIVE, "besok(?:\\s+(?:pagi|siang|sore|malam))?|esok\\s+hari|tomorrow",
                    (m, c) -> published(c, p -> Resolved.day(p.plusDays(1)))),
            rule("day-after-tomorrow", Kind.RELATIVE, "lusa",
                    (m, c) -> published(c, p -> Resolved.day(p.plusDays(2)))));

    private final Entities.Article entities;

    Events(Entities.Article entities) {
        this.entities = entities;
    }

    /** The rule names, in the order they are tried (for tests and documentation). */
    static List<String> ruleNames() {
        return RULES.stream().map(Rule::name).toList();
    }

    private static Rule rule(String name, Kind kind, String regex, Resolver resolver) {
        return new Rule(name, kind, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")", Pattern.CASE_INSENSITIVE), resolver);
    }

    // ---- Resolvers ---------------------------------------------------------------------------

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1000 || year > 2200) {
            throw NOT_A_DATE;
        }
        return year;
    }

    /** A bare four-digit number read as a year only in the range news speaks of. */
    private static int modernYear(String text) {
        int year = Integer.parseInt(text);
        if (year < 1800 || year > 2100) {
            throw NOT_A_DATE;
        }
        return year;
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(year(year), Calendars.month(month), Integer.parseInt(day));
    }

    /**
     * Day first as Indonesian and British pages write it; month first only when the day-first reading
     * is impossible. A printed weekday is not checked against a full date: pages get the weekday
     * wrong now and then, and the printed date still stands.
     */
    private static Resolved numeric(String first, String second, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        return Resolved.day(b <= 12 ? LocalDate.of(year(year), b, a) : LocalDate.of(year(year), a, b));
    }

    /** English month and weekday names that are also ordinary words ("may") count only when capitalised. */
    private static void capitalised(String word) {
        if (word != null && Character.isLowerCase(word.charAt(0))) {
            throw NOT_A_DATE;
        }
    }

    private static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.matches("\\d+") ? Integer.parseInt(w) : NUMBERS.get(w);
    }

    private static Resolved published(Context c, java.util.function.Function<LocalDate, Resolved> f) {
        return c.published() == null ? null : f.apply(c.published());
    }

    /**
     * A day and month without a year: the year that puts them nearest before publication (after it
     * when the clause speaks of the future), and agrees with a printed weekday. Without a publication
     * date, the years of the article's own absolute dates, most recent first.
     */
    private static Resolved dayMonth(int day, int month, String weekday, MatchResult m, Context context) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw NOT_A_DATE;
        }
        List<Integer> candidates = new ArrayList<>();
        if (context.sentenceYear() != null) {
            candidates.add(context.sentenceYear());
        } else if (context.published() != null) {
            LocalDate p = context.published();
            boolean future = future(context.sentence(), m.start(), m.end());
            int y = p.getYear();
            for (int i = 0; i <= 7; i++) { // a weekday repeats on a date within a few years
                candidates.add(future ? y + i : y - i);
            }
            // the nearest in the chosen direction: this year only if it falls on the right side of publication
            LocalDate thisYear = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
            if (future ? thisYear.isBefore(p) : thisYear.isAfter(p)) {
                candidates.remove(Integer.valueOf(y));
            }
        } else {
            candidates.addAll(context.articleYears());
        }
        for (int year : candidates) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            LocalDate date = LocalDate.of(year, month, day);
            if (weekday == null || date.getDayOfWeek() == Calendars.weekday(weekday)) {
                return Resolved.day(date);
            }
        }
        if (YearMonth.of(2000, month).lengthOfMonth() < day) {
            throw NOT_A_DATE; // 31 September, 30 February
        }
        return null;
    }

    /** A month without a year: the nearest such month on or before publication ("lalu": before; "depan", future: after). */
    private static Resolved month(MatchResult m, Context c) {
        String lower = m.group().toLowerCase(Locale.ROOT);
        if (!lower.contains("bulan")) {
            capitalised(m.group(1)); // "may" the verb
        }
        if (lower.equals(m.group(1).toLowerCase(Locale.ROOT))) {
            throw NOT_A_DATE; // a month name alone is too often a name ("Revolusi Oktober")
        }
        int month = Calendars.month(m.group(1));
        String after = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        boolean before = after.equals("lalu") || after.equals("kemarin") || after.equals("silam") || lower.startsWith("last");
        boolean future = after.equals("depan") || after.equals("mendatang") || lower.startsWith("next")
                || (!before && future(c.sentence(), m.start(), m.end()));
        if (c.sentenceYear() != null) {
            return Resolved.month(YearMonth.of(c.sentenceYear(), month));
        }
        if (c.published() == null) {
            return c.articleYears().isEmpty() ? null : Resolved.month(YearMonth.of(c.articleYears().get(0), month));
        }
        YearMonth published = YearMonth.from(c.published());
        YearMonth candidate = YearMonth.of(published.getYear(), month);
        if (future) {
            if (candidate.isBefore(published) || (candidate.equals(published) && lower.startsWith("next"))) {
                candidate = candidate.plusYears(1);
            }
        } else if (candidate.isAfter(published) || (before && candidate.equals(published))) {
            candidate = candidate.minusYears(1);
        }
        return Resolved.month(candidate);
    }

    /** A weekday alone: the nearest such day on or before publication, unless the text says otherwise. */
    private static Resolved weekday(MatchResult m, Context c) {
        String text = m.group().toLowerCase(Locale.ROOT);
        String day = m.group(1);
        boolean afterHari = text.startsWith("hari") || text.startsWith("pada hari");
        if (!afterHari) {
            capitalised(day); // "minggu" is also the word for week
        }
        if (c.published() == null) {
            return null;
        }
        DayOfWeek weekday = Calendars.weekday(day);
        String after = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        LocalDate p = c.published();
        if (after.equals("kemarin") || after.equals("lalu") || text.startsWith("last")) {
            return Resolved.day(p.with(TemporalAdjusters.previous(weekday)));
        }
        if (after.equals("depan") || after.equals("mendatang") || text.startsWith("next")) {
            return Resolved.day(p.with(TemporalAdjusters.next(weekday)));
        }
        if (after.equals("ini") || text.startsWith("this")) {
            return Resolved.day(p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(weekday)));
        }
        if (future(c.sentence(), m.start(), m.end())) {
            return Resolved.day(p.with(TemporalAdjusters.nextOrSame(weekday)));
        }
        return Resolved.day(p.with(TemporalAdjusters.previousOrSame(weekday)));
    }

    /** Some time before publication: "tiga hari lalu", "two weeks ago". */
    private static Resolved ago(Context c, int count, String unit) {
        if (c.published() == null) {
            return null;
        }
        LocalDate p = c.published();
        return switch (unitOf(unit)) {
            case DAY -> Resolved.day(p.minusDays(count));
            case WEEK -> Resolved.week(p.minusWeeks(count));
            case MONTH -> Resolved.month(YearMonth.from(p).minusMonths(count));
            default -> Resolved.year(p.getYear() - count);
        };
    }

    /** Some time after (or, negative, before) the previous dated event, at the granularity the unit allows. */
    private static Resolved shift(Resolved previous, int count, String unit) {
        if (previous == null) {
            return null;
        }
        Granularity g = unitOf(unit);
        if (g.ordinal() < previous.granularity().ordinal()) {
            // "two days later" than a month is no day we know; a coarser unit still works
            return null;
        }
        LocalDate from = previous.start();
        return switch (g) {
            case DAY -> Resolved.day(from.plusDays(count));
            case WEEK -> Resolved.week(from.plusWeeks(count));
            case MONTH -> Resolved.month(YearMonth.from(from).plusMonths(count));
            default -> Resolved.year(from.getYear() + count);
        };
    }

    private static Granularity unitOf(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("hari") || u.startsWith("day")) {
            return Granularity.DAY;
        }
        if (u.startsWith("pekan") || u.startsWith("minggu") || u.startsWith("week")) {
            return Granularity.WEEK;
        }
        if (u.startsWith("bulan") || u.startsWith("month")) {
            return Granularity.MONTH;
        }
        return Granularity.YEAR;
    }

    /**
     * Whether the clause around an expression speaks of the future: a future word between the
     * clause's start and the expression, or, for an expression that opens its sentence ("Pada hari
     * Senin, menteri akan ..."), in the clause that follows it. Words right after the expression
     * ("depan", "mendatang") are read by the rules themselves.
     */
    static boolean future(String sentence, int start, int end) {
        if (sentence == null) {
            return false;
        }
        String before = sentence.substring(0, start);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        String clause = before.substring(clauseStart);
        if (FUTURE.matcher(clause).find()) {
            return true;
        }
        if (before.strip().matches("(?i)(?:pada|on|dan|and)?")) {
            String rest = sentence.substring(end).replaceFirst("^\\s*,", "");
            Matcher next = CLAUSE_BREAK.matcher(rest);
            String following = next.find() ? rest.substring(0, next.start()) : rest;
            return FUTURE.matcher(following).find();
        }
        return false;
    }

    // ---- Finding -----------------------------------------------------------------------------

    /** The dated events of a body, in reading order. */
    List<DatedEvent> find(List<String> paragraphs, LocalDate published) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!isEventText(paragraph)) {
                continue;
            }
            for (String sentence : sentences(paragraph)) {
                if (isEventText(sentence)) {
                    sentences.add(sentence);
                }
            }
        }
        List<Integer> years = published == null ? articleYears(sentences) : List.of();
        List<DatedEvent> events = new ArrayList<>();
        Resolved previous = null;
        for (String sentence : sentences) {
            for (Event event : resolve(sentence, published, years, previous)) {
                Resolved r = event.resolved();
                events.add(new DatedEvent(r == null ? null : r.date(), r == null ? null : r.granularity(),
                        r == null ? null : r.start(), r == null ? null : r.end(),
                        sentence.substring(event.start(), event.end()).strip(), sentence, entities.names(sentence)));
                if (r != null) {
                    previous = r;
                }
            }
        }
        return events;
    }

    /**
     * The years of the article's absolute dates, most recent first: days and months first, bare years
     * and decades only when there is nothing finer.
     */
    private static List<Integer> articleYears(List<String> sentences) {
        List<Integer> fine = new ArrayList<>();
        List<Integer> coarse = new ArrayList<>();
        Context none = new Context(null, List.of(), null, null, null);
        for (String sentence : sentences) {
            for (Found found : match(sentence, none)) {
                if (found.rule().kind() != Kind.ABSOLUTE) {
                    continue;
                }
                Resolved r = found.rule().resolver().resolve(found.match(), none);
                if (r == null || r.granularity() == Granularity.DECADE) {
                    continue;
                }
                (r.granularity() == Granularity.YEAR ? coarse : fine).add(r.start().getYear());
            }
        }
        List<Integer> years = fine.isEmpty() ? coarse : fine;
        return years.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The events of one sentence, resolved in reading order (a "kemudian" leans on the one before it). */
    static List<Event> resolve(String sentence, LocalDate published, List<Integer> years, Resolved previous) {
        List<Event> events = new ArrayList<>();
        Resolved last = previous;
        Event yearGiver = null;
        for (Found found : match(sentence, new Context(published, years, null, null, sentence))) {
            Integer sentenceYear = yearGiver == null ? null : yearGiver.resolved().start().getYear();
            Resolved r;
            try {
                r = found.rule().resolver().resolve(found.match(), new Context(published, years, last, sentenceYear, sentence));
            } catch (RuntimeException e) {
                continue;
            }
            if (sentenceYear != null && found.rule().kind() == Kind.ANCHORED && r != null) {
                // "Tahun lalu, bentrokan ... pada September": one event, dated by the finer expression
                events.remove(yearGiver);
                yearGiver = null;
            }
            Event event = new Event(found.start(), found.end(), found.rule().kind(), r);
            events.add(event);
            if (r != null) {
                last = r;
                if (r.granularity() == Granularity.YEAR && r.start().getYear() == r.end().getYear()) {
                    yearGiver = event;
                }
            }
        }
        return joinNeighbours(sentence, events);
    }

    /**
     * What every rule needs at least one of: a digit or a word of time (weekday, month, a unit or
     * a relative word). One cheap search spares most sentences the whole table.
     */
    private static final Pattern TEMPORAL_CUE = Pattern.compile("\\d"
            + "|\\b(?:senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|januar|februar|pebruar|maret|march|april|mei|may|juni|june|juli|july|agust|august|septemb|oktob|octob"
            + "|novemb|nopemb|desemb|decemb)"
            + "|\\b(?:jan|feb|peb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|nop|des|dec)\\b"
            + "|kemarin|lalu|kemudian|silam|depan|datang|besok|lusa|hari|pekan|bulan|tahun|dekade|abad|dasawarsa"
            + "|yesterday|today|tomorrow|tonight|last|later|ago|next|earlier|week|month|year|decade|centur"
            + "|malam|pagi|siang|sore|morning|evening|afternoon|night",
            Pattern.CASE_INSENSITIVE);

    /** The expressions of one sentence: every rule in order, none taking text an earlier one matched. */
    private static List<Found> match(String sentence, Context context) {
        List<Found> found = new ArrayList<>();
        if (!TEMPORAL_CUE.matcher(sentence).find()) {
            return found; // no digit and no word of time: no rule can match, none is run
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> start < f.end() && f.start() < end)) {
                    continue;
                }
                MatchResult result = m.toMatchResult();
                try {
                    rule.resolver().resolve(result, context); // only to learn whether it is a date at all
                } catch (RuntimeException e) {
                    continue; // not a date after all (day 31 of a short month, a number that is no year)
                }
                found.add(new Found(start, end, rule, result));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * A relative expression right beside a day-level absolute one ("kemarin, Jumat (30/10)",
     * "Sabtu kemarin (31/10)") is one expression: the absolute date wins.
     */
    private static List<Event> joinNeighbours(String sentence, List<Event> events) {
        List<Event> joined = new ArrayList<>();
        for (Event event : events) {
            if (!joined.isEmpty()) {
                Event before = joined.get(joined.size() - 1);
                String gap = sentence.substring(before.end(), event.start());
                if (gap.matches("[\\s,]*") && (isDayRelative(before) && isDay(event) || isDay(before) && isDayRelative(event))) {
                    Resolved date = before.kind() == Kind.RELATIVE ? event.resolved() : before.resolved();
                    joined.set(joined.size() - 1, new Event(before.start(), event.end(), Kind.ABSOLUTE, date));
                    continue;
                }
            }
            joined.add(event);
        }
        return joined;
    }

    private static boolean isDay(Event e) {
        return e.kind() != Kind.RELATIVE && e.resolved() != null && e.resolved().granularity() == Granularity.DAY;
    }

    private static boolean isDayRelative(Event e) {
        return e.kind() == Kind.RELATIVE && (e.resolved() == null || e.resolved().granularity() == Granularity.DAY);
    }

    /** Whether a paragraph or sentence may report events: not the page's date line, a link to another story or a caption. */
    static boolean isEventText(String text) {
        String t = text.strip();
        if (t.isEmpty() || LINK.matcher(t).matches() || CAPTION.matcher(t).matches()) {
            return false;
        }
        return PublicationTimes.parse(t, ZoneOffset.ofHours(7)).isEmpty();
    }

    private static final int LONGEST_SENTENCE = 2000;

    static List<String> sentences(String paragraph) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag("id"));
        iterator.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = paragraph.substring(start, end).strip();
            // Prose sentences are far shorter; a longer run is no sentence, and the rule table is
            // not run over it (it would cost seconds on a hostile page for no event).
            if (!sentence.isEmpty() && sentence.length() <= LONGEST_SENTENCE) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
