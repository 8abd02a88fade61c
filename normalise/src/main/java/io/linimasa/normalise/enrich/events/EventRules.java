package io.linimasa.normalise.enrich.events;

import static io.linimasa.normalise.enrich.events.Resolvers.*;

import io.linimasa.normalise.lexicon.Calendars;
import io.linimasa.normalise.lexicon.Cue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The dated-event rule table, in the order the rules are tried: fuller forms first ("Sabtu
 * (31/10/2020)" before "Sabtu"), and a later rule never takes text an earlier one matched. The
 * place to add a form of date expression: one rule here and its cases in the tests'
 * {@code event-cases.tsv}.
 */
final class EventRules {

    // What a rule cannot match without (each a cue of the sentence, see Cues), so that a sentence that
    // lacks one never runs its regex: the cues come from the same lexicons as the regexes' months,
    // weekdays and words of time, and Cues finds them as substrings, so none is missed.
    private static final long DIGIT = Cue.DIGIT.bit();
    private static final long PAREN = Cue.PAREN.bit();
    private static final long MONTH = Cue.MONTH.bit();
    private static final long WEEKDAY = Cue.WEEKDAY.bit();
    private static final long TIME_WORD = Cue.TIME_WORD.bit();
    /** A unit of time: "minggu" (week) is a weekday's name too, and no word of time. */
    private static final long UNIT_WORD = Cue.any(Cue.TIME_WORD, Cue.WEEKDAY);

    /** Each mask a cue group the sentence must have one of. */
    private static long[] needs(long... groups) {
        return groups;
    }

    /**
     * Words (lower case) one of which every match of the rule holds, as its regex spells them out: a
     * sentence that holds none of them is spared the regex.
     */
    private static List<String> anyOf(String... words) {
        return List.of(words);
    }

    static final List<EventRule> RULES = List.of(
            // ---- Absolute days ------------------------------------------------------------------
            // "19-20 September 2023", "5 to 7 October 2020"
            rule("day-range-month-year", EventRule.Kind.ABSOLUTE, needs(DIGIT, MONTH),
                    "(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})" + DASH + "(\\d{1,2})\\s+" + M + ",?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.days(date(m.group(4), m.group(3), m.group(1)), date(m.group(4), m.group(3), m.group(2)))),
            // "Rabu 21 Oktober 2020", "27 September 2020", "pada tanggal 5 Oktober 2023", "Saturday, 31 October 2020"
            rule("day-month-year", EventRule.Kind.ABSOLUTE, needs(DIGIT, MONTH),
                    "(?:" + W + ",?\\s+)?(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})\\s+" + M + ",?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.day(date(m.group(4), m.group(3), m.group(2)))),
            // "October 21, 2020", "Wednesday, Oct. 21, 2020"
            rule("month-day-year", EventRule.Kind.ABSOLUTE, needs(DIGIT, MONTH),
                    "(?:" + W + ",?\\s+)?" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.day(date(m.group(4), m.group(2), m.group(3)))),
            // "Sabtu (31/10/2020)", "31/10/2020", "31-10-2020"; "10/31/2020" when the first number cannot be a day of a month
            rule("numeric-day-month-year", EventRule.Kind.ABSOLUTE, needs(DIGIT),
                    "(?:" + W + ",?\\s*)?(?:\\((\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4})\\)|\\b(\\d{1,2})([/.-])(\\d{1,2})\\7(\\d{4})\\b)",
                    (m, c) -> m.group(2) != null
                            ? numeric(m.group(2), m.group(4), m.group(5))
                            : numeric(m.group(6), m.group(8), m.group(9))),
            // "2020-10-31"
            rule("iso-date", EventRule.Kind.ABSOLUTE, needs(DIGIT), "(\\d{4})-(\\d{2})-(\\d{2})\\b",
                    (m, c) -> Resolved.day(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))),

            // ---- Days without a year: the year from context ------------------------------------
            // "Sabtu (31/10)", "(30/10)"
            rule("numeric-day-month", EventRule.Kind.ANCHORED, needs(DIGIT, PAREN), "(?:" + W + ",?\\s*)?\\((\\d{1,2})/(\\d{1,2})\\)",
                    (m, c) -> {
                        int a = Integer.parseInt(m.group(2));
                        int b = Integer.parseInt(m.group(3));
                        return b <= 12 ? dayMonth(a, b, m.group(1), m, c) : dayMonth(b, a, m.group(1), m, c);
                    }),
            // "19-20 September"
            rule("day-range-month", EventRule.Kind.ANCHORED, needs(DIGIT, MONTH),
                    "(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})" + DASH + "(\\d{1,2})\\s+" + M + "(?!\\s*,?\\s*\\d)",
                    (m, c) -> {
                        Resolved first = dayMonth(Integer.parseInt(m.group(1)), Calendars.month(m.group(3)), null, m, c);
                        return first == null ? null : Resolved.days(first.start(),
                                first.start().withDayOfMonth(Integer.parseInt(m.group(2))));
                    }),
            // "pada tanggal 19 September", "per 31 Oktober", "Kamis, 5 Oktober", "on 5 October"
            rule("day-month", EventRule.Kind.ANCHORED, needs(DIGIT, MONTH),
                    "(?:" + W + ",?\\s+)?(?:(?:pada\\s+)?tanggal\\s+)?(\\d{1,2})\\s+" + M + "(?!\\s*,?\\s*\\d)",
                    (m, c) -> dayMonth(Integer.parseInt(m.group(2)), Calendars.month(m.group(3)), m.group(1), m, c)),
            // "October 5", "Thursday, Oct. 5th"
            rule("month-day", EventRule.Kind.ANCHORED, needs(DIGIT, MONTH),
                    "(?:" + W + ",?\\s+)?" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d)",
                    (m, c) -> {
                        capitalised(m.group(2));
                        return dayMonth(Integer.parseInt(m.group(3)), Calendars.month(m.group(2)), m.group(1), m, c);
                    }),

            // ---- Decades -----------------------------------------------------------------------
            // "awal tahun 1990-an", "tahun 90-an"
            rule("decade", EventRule.Kind.ABSOLUTE, needs(DIGIT), anyOf("0-an"), PART_OF + "(?:tahun\\s+)?(\\d{3})0-an\\b",
                    (m, c) -> Resolved.decade(year(m.group(1) + "0"))),
            rule("decade-short", EventRule.Kind.ABSOLUTE, needs(DIGIT), anyOf("0-an"), PART_OF + "(?:tahun\\s+)?['’]?([3-9])0-an\\b",
                    (m, c) -> Resolved.decade(1900 + Integer.parseInt(m.group(1)) * 10)),
            // "the early 1990s", "the '90s"
            rule("decade-en", EventRule.Kind.ABSOLUTE, needs(DIGIT), anyOf("0s"), "(?:the\\s+)?(?:(?:early|late|mid)[- ])?(\\d{3})0s\\b",
                    (m, c) -> Resolved.decade(year(m.group(1) + "0"))),
            rule("decade-short-en", EventRule.Kind.ABSOLUTE, needs(DIGIT), anyOf("0s"), "(?:the\\s+)?(?:(?:early|late|mid)[- ])?['’]([3-9])0s\\b",
                    (m, c) -> Resolved.decade(1900 + Integer.parseInt(m.group(1)) * 10)),

            // ---- Months and years --------------------------------------------------------------
            // "antara Maret dan Mei 2005", "between March and May 2005", "Maret-Mei 2005": named by the first, covering all
            rule("month-range-year", EventRule.Kind.ABSOLUTE, needs(DIGIT, MONTH),
                    "(?:antara|between)\\s+(?:bulan\\s+)?" + M_FULL + "\\s+(?:dan|and)\\s+(?:bulan\\s+)?" + M_FULL + ",?\\s+(\\d{4})\\b"
                            + "|(?:(?:pada|sejak|dari|from|in)\\s+)?(?:bulan\\s+)?" + M_FULL + DASH + M_FULL + ",?\\s+(\\d{4})\\b",
                    (m, c) -> m.group(1) != null
                            ? months(year(m.group(3)), m.group(1), m.group(2))
                            : months(year(m.group(6)), m.group(4), m.group(5))),
            // "antara Maret dan Mei", "between March and May": the year from context, as for a month alone
            rule("month-range", EventRule.Kind.ANCHORED, needs(MONTH), anyOf("antara", "between"),
                    "(?:antara|between)\\s+(?:bulan\\s+)?" + M_FULL + "\\s+(?:dan|and)\\s+(?:bulan\\s+)?" + M_FULL,
                    (m, c) -> {
                        capitalised(m.group(1));
                        Integer year = rangeYear(Calendars.month(m.group(1)), c);
                        return year == null ? null : months(year, m.group(1), m.group(2));
                    }),
            // "Oktober 2022", "pada Oktober 2022", "in October 2022", "awal Oktober 2022"
            rule("month-year", EventRule.Kind.ABSOLUTE, needs(DIGIT, MONTH),
                    "(?:(?:pada|bulan|sejak|hingga|sampai|in|since|until|by)\\s+)?" + PART_OF + "(?:bulan\\s+)?" + M + ",?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.month(YearMonth.of(year(m.group(2)), Calendars.month(m.group(1))))),
            // "tahun 2018-2020", "antara 2018 dan 2020", "from 2018 to 2020", "between 2018 and 2020"
            rule("year-range", EventRule.Kind.ABSOLUTE, needs(DIGIT), anyOf("antara", "between", "sejak", "dari", "periode", "from", "tahun"),
                    "(?:antara|between)\\s+(?:tahun\\s+)?(\\d{4})\\s+(?:dan|and)\\s+(?:tahun\\s+)?(\\d{4})\\b" + NOT_A_COUNT
                            + "|(?:(?:sejak|dari|periode|from)\\s+(?:tahun\\s+)?|tahun\\s+)(\\d{4})" + DASH + "(\\d{4})\\b" + NOT_A_COUNT,
                    (m, c) -> m.group(1) != null
                            ? Resolved.years(modernYear(m.group(1)), modernYear(m.group(2)))
                            : Resolved.years(modernYear(m.group(3)), modernYear(m.group(4)))),
            // "tahun 1997", "sejak tahun 1990", "akhir tahun 2019"
            rule("year", EventRule.Kind.ABSOLUTE, needs(DIGIT, TIME_WORD), anyOf("tahun"), "(?:(?:sejak|hingga|sampai|pada|di)\\s+)?" + PART_OF + "tahun\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.year(year(m.group(1)))),
            // "pada 1997", "in 1997", "since 1990", "akhir 2019"
            rule("year-after-preposition", EventRule.Kind.ABSOLUTE, needs(DIGIT),
                    "(?:sejak|hingga|sampai|pada|in|since|until|awal|akhir|pertengahan|early|late|mid-?)\\s+(\\d{4})\\b" + NOT_A_COUNT,
                    (m, c) -> Resolved.year(modernYear(m.group(1)))),
            // "perjanjian 1997", "the 1997 treaty" is left out: a number before a noun is too often a count
            rule("year-after-noun", EventRule.Kind.ABSOLUTE, needs(DIGIT),
                    // a digit first: the long lookbehind is tried only where a year may begin
                    "(?=\\d)(?<=\\b(?:perjanjian|pakta|kesepakatan|traktat|perang|pemilu|pemilihan|krisis|tragedi|peristiwa|konflik|gempa"
                            + "|treaty|agreement|accord|pact|war|election|elections|crisis|summit)\\s{1,3})(\\d{4})\\b" + NOT_A_COUNT,
                    (m, c) -> Resolved.year(modernYear(m.group(1)))),

            // ---- Relative to the previous dated event -----------------------------------------
            // "dua hari kemudian", "setahun kemudian", "two days later", "a year later"
            rule("later", EventRule.Kind.RELATIVE, needs(UNIT_WORD), anyOf("kemudian", "later", "setelahnya", "sesudahnya", "berikutnya"), N + "\\s*" + UNIT + "\\s+(?:kemudian|later|setelahnya|sesudahnya|berikutnya)",
                    (m, c) -> shift(c.previous(), count(m.group(1)), m.group(2))),
            // "dua hari sebelumnya", "three days earlier"
            rule("earlier", EventRule.Kind.RELATIVE, needs(UNIT_WORD), anyOf("sebelumnya", "earlier", "before"), N + "\\s*" + UNIT + "\\s+(?:sebelumnya|earlier|before)\\b(?!\\s+(?:the|a|an|his|her|its|their)\\b)",
                    (m, c) -> shift(c.previous(), -count(m.group(1)), m.group(2))),
            // "keesokan harinya", "the next day", "the day before"
            rule("next-day", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("esok", "next", "following"), "keesokan\\s+harinya|esok\\s+harinya|(?:the\\s+)?(?:next|following)\\s+day",
                    (m, c) -> shift(c.previous(), 1, "hari")),
            rule("day-before", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("sebelumnya", "the"), "sehari\\s+sebelumnya|the\\s+(?:day\\s+before|previous\\s+day)",
                    (m, c) -> shift(c.previous(), -1, "hari")),

            // ---- Relative to publication -------------------------------------------------------
            // "tiga hari lalu", "dua pekan yang lalu", "lima tahun silam", "two weeks ago"
            rule("ago", EventRule.Kind.RELATIVE, needs(UNIT_WORD), anyOf("lalu", "silam", "ago"), N + "\\s*" + UNIT + "\\s+(?:(?:yang\\s+)?lalu|silam|ago)",
                    (m, c) -> ago(c, count(m.group(1)), m.group(2))),
            // "beberapa hari lalu", "a few weeks ago", "beberapa waktu lalu": an event without a date
            rule("vague-ago", EventRule.Kind.RELATIVE, needs(), anyOf("beberapa", "few", "several"),
                    "beberapa\\s+(?:hari|pekan|minggu|bulan|tahun|waktu)\\s+(?:(?:yang\\s+)?lalu|terakhir|silam)"
                            + "|(?:a\\s+few|several)\\s+(?:days|weeks|months|years)\\s+ago",
                    (m, c) -> null),
            // "Sabtu pekan lalu", "Senin pekan depan", "Monday last week"
            rule("weekday-of-week", EventRule.Kind.RELATIVE, needs(WEEKDAY), anyOf("pekan", "minggu", "week"), W_FULL + "\\s+(?:(?:pekan|minggu)\\s+(lalu|kemarin|ini|depan)|(last|this|next)\\s+week)",
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
            rule("this-week", EventRule.Kind.RELATIVE, needs(UNIT_WORD), anyOf("ini", "this"), PART_OF + "(?:pekan|minggu)\\s+ini|(?:earlier\\s+|later\\s+)?this\\s+week(?:end)?",
                    (m, c) -> published(c, p -> Resolved.week(p))),
            rule("last-week", EventRule.Kind.RELATIVE, needs(UNIT_WORD), anyOf("lalu", "kemarin", "last"), PART_OF + "(?:pekan|minggu)\\s+(?:lalu|kemarin)|last\\s+week(?:end)?",
                    (m, c) -> published(c, p -> Resolved.week(p.minusWeeks(1)))),
            rule("next-week", EventRule.Kind.RELATIVE, needs(UNIT_WORD), anyOf("depan", "mendatang", "next"), PART_OF + "(?:pekan|minggu)\\s+(?:depan|mendatang)|next\\s+week(?:end)?",
                    (m, c) -> published(c, p -> Resolved.week(p.plusWeeks(1)))),
            rule("this-month", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("ini", "this"), PART_OF + "bulan\\s+ini|(?:earlier\\s+|later\\s+)?this\\s+month",
                    (m, c) -> published(c, p -> Resolved.month(YearMonth.from(p)))),
            rule("last-month", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("lalu", "kemarin", "last"), PART_OF + "bulan\\s+(?:lalu|kemarin)|last\\s+month",
                    (m, c) -> published(c, p -> Resolved.month(YearMonth.from(p).minusMonths(1)))),
            rule("next-month", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("depan", "mendatang", "next"), PART_OF + "bulan\\s+(?:depan|mendatang)|next\\s+month",
                    (m, c) -> published(c, p -> Resolved.month(YearMonth.from(p).plusMonths(1)))),
            rule("this-year", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("ini", "this"), PART_OF + "tahun\\s+ini|(?:earlier\\s+|later\\s+)?this\\s+year",
                    (m, c) -> published(c, p -> Resolved.year(p.getYear()))),
            rule("last-year", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("lalu", "kemarin", "last"), PART_OF + "tahun\\s+(?:lalu|kemarin)|last\\s+year",
                    (m, c) -> published(c, p -> Resolved.year(p.getYear() - 1))),
            rule("next-year", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("depan", "mendatang", "next"), PART_OF + "tahun\\s+(?:depan|mendatang)|next\\s+year",
                    (m, c) -> published(c, p -> Resolved.year(p.getYear() + 1))),

            // ---- A month without a year: "pada bulan Oktober", "Oktober lalu", "in October", "last October"
            rule("month", EventRule.Kind.ANCHORED, needs(MONTH),
                    "(?:(?:pada|sejak|hingga|sampai|in|since|until|last|next)\\s+)?" + PART_OF + "(?:bulan\\s+)?" + M_FULL
                            + "(?:\\s+(lalu|kemarin|silam|depan|mendatang))?",
                    (m, c) -> month(m, c)),

            // ---- Weekdays: "Sabtu kemarin", "pada hari Kamis", "on Thursday", "last Saturday" ---
            rule("weekday", EventRule.Kind.RELATIVE, needs(WEEKDAY),
                    "(?:(?:pada\\s+)?hari\\s+|pada\\s+|on\\s+|last\\s+|this\\s+|next\\s+)?" + W_FULL
                            + "(?:\\s+(?:pagi|siang|sore|malam|dini\\s+hari|morning|afternoon|evening|night))?"
                            + "(?:\\s+(kemarin|lalu|depan|mendatang|ini))?",
                    (m, c) -> weekday(m, c)),

            // ---- Days around publication -------------------------------------------------------
            rule("yesterday", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("kemarin", "yesterday", "tadi", "last"), "kemarin(?:\\s+(?:pagi|siang|sore|malam))?|yesterday|tadi\\s+malam|last\\s+night",
                    (m, c) -> published(c, p -> Resolved.day(p.minusDays(1)))),
            rule("today", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("ini", "today", "tonight", "this"),
                    "hari\\s+ini|(?:pagi|siang|sore|malam)\\s+ini|(?:earlier\\s+)?today|tonight|this\\s+(?:morning|afternoon|evening)",
                    (m, c) -> published(c, p -> Resolved.day(p))),
            rule("tomorrow", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("besok", "esok", "tomorrow"), "besok(?:\\s+(?:pagi|siang|sore|malam))?|esok\\s+hari|tomorrow",
                    (m, c) -> published(c, p -> Resolved.day(p.plusDays(1)))),
            rule("day-after-tomorrow", EventRule.Kind.RELATIVE, needs(TIME_WORD), anyOf("lusa"), "lusa",
                    (m, c) -> published(c, p -> Resolved.day(p.plusDays(2)))));

    private EventRules() {
    }

    private static EventRule rule(String name, EventRule.Kind kind, long[] needs, String regex, EventRule.Resolver resolver) {
        return new EventRule(name, kind, needs, List.of(), regex, resolver);
    }

    private static EventRule rule(String name, EventRule.Kind kind, long[] needs, List<String> words, String regex,
                                  EventRule.Resolver resolver) {
        return new EventRule(name, kind, needs, words, regex, resolver);
    }

    /** The rules, in the order they are tried. */
    static List<EventRule> all() {
        return RULES;
    }
}
