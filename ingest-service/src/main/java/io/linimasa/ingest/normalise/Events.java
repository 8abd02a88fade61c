package io.linimasa.ingest.normalise;

import java.text.BreakIterator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dated events a body reports and resolves each date against the publication date.
 * Written as a rule table because no library handles Indonesian temporal expressions well
 * (HeidelTime's Indonesian rules are machine-made and miss most of the forms below). Rules are
 * tried in order; a later rule never takes text an earlier one matched.
 */
final class Events {

    /** A resolved date: the contract's string form and the days it covers. */
    record Resolved(String date, Granularity granularity, LocalDate start, LocalDate end) {

        static Resolved day(LocalDate day) {
            return new Resolved(day.toString(), Granularity.DAY, day, day);
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

        static Resolved decade(int decade) {
            return new Resolved(decade + "s", Granularity.DECADE, LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
        }
    }

    /**
     * What a rule may lean on: the publication date (null when unknown), the years of the article's
     * full dates (for day-month dates when the publication date is unknown) and the previous event.
     */
    record Context(LocalDate published, List<Integer> articleYears, Resolved previous) {
    }

    private record Rule(Pattern pattern, BiFunction<Matcher, Context, Resolved> resolve) {
    }

    private record Found(int start, int end, String expression, Resolved resolved) {
    }

    private static final String W = Calendars.WEEKDAY;
    /** Weekdays written out: an abbreviation alone ("sat", "sun") is too often an ordinary word. */
    private static final String W_FULL = "(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String M = Calendars.MONTH + "\\b";
    private static final String N = "(\\d{1,2}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
            + "|a|an|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("se", 1), Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
            Map.entry("sembilan", 9), Map.entry("sepuluh", 10), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private static final List<Rule> RULES = List.of(
            // Full dates: "Rabu 21 Oktober 2020", "27 September 2020", "October 21, 2020", "Sabtu (31/10/2020)", "31/10/2020"
            rule("(?:" + W + ",?\\s+)?(?:tanggal\\s+)?(\\d{1,2})\\s+" + M + ",?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.day(LocalDate.of(year(m.group(4)), Calendars.month(m.group(3)), Integer.parseInt(m.group(2))))),
            rule("(?:" + W + ",?\\s+)?" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.day(LocalDate.of(year(m.group(4)), Calendars.month(m.group(2)), Integer.parseInt(m.group(3))))),
            rule("(?:" + W + "\\s*)?\\(?\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b\\)?",
                    (m, c) -> Resolved.day(LocalDate.of(year(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))))),
            // Day and month, the year from context: "Sabtu (31/10)", "pada tanggal 19 September", "per 31 Oktober"
            rule("(?:" + W + "\\s*)?\\((\\d{1,2})/(\\d{1,2})\\)",
                    (m, c) -> dayMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1), c)),
            rule("(?:" + W + ",?\\s+)?(?:tanggal\\s+)?(\\d{1,2})\\s+" + M + "(?!\\s*,?\\s*\\d)",
                    (m, c) -> dayMonth(Integer.parseInt(m.group(2)), Calendars.month(m.group(3)), m.group(1), c)),
            rule("(?:" + W + ",?\\s+)?" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d)",
                    (m, c) -> dayMonth(Integer.parseInt(m.group(3)), Calendars.month(m.group(2)), m.group(1), c)),
            // Decades: "awal tahun 1990-an", "the early 1990s"
            rule("(?:(?:awal|akhir|pertengahan)\\s+)?(?:tahun\\s+)?(\\d{3})0-an\\b",
                    (m, c) -> Resolved.decade(Integer.parseInt(m.group(1)) * 10)),
            rule("(?:the\\s+)?(?:(?:early|late|mid)[- ])?(\\d{3})0s\\b",
                    (m, c) -> Resolved.decade(Integer.parseInt(m.group(1)) * 10)),
            // Months and years: "Oktober 2022", "in October 2022", "tahun 1997", "in 1997"
            rule("(?:(?:pada|bulan|in)\\s+)?" + M + "\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.month(YearMonth.of(year(m.group(2)), Calendars.month(m.group(1))))),
            rule("(?:tahun|sejak|since|in)\\s+(\\d{4})\\b",
                    (m, c) -> Resolved.year(year(m.group(1)))),
            // Relative to another event: "dua hari kemudian", "setahun kemudian", "two days later"
            rule(N + "\\s*(hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?)\\s+(?:kemudian|later)",
                    (m, c) -> later(c, NUMBERS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT),
                            m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : 1), m.group(2))),
            // Relative to publication: weeks, months, years
            rule("(?:pekan|minggu) (?:ini)|this week", (m, c) -> c.published() == null ? null : Resolved.week(c.published())),
            rule("(?:pekan|minggu) (?:lalu|kemarin)|last week",
                    (m, c) -> c.published() == null ? null : Resolved.week(c.published().minusWeeks(1))),
            rule("bulan (?:ini)|this month", (m, c) -> c.published() == null ? null : Resolved.month(YearMonth.from(c.published()))),
            rule("bulan (?:lalu|kemarin)|last month",
                    (m, c) -> c.published() == null ? null : Resolved.month(YearMonth.from(c.published()).minusMonths(1))),
            rule("tahun (?:ini)|this year", (m, c) -> c.published() == null ? null : Resolved.year(c.published().getYear())),
            rule("tahun (?:lalu|kemarin)|last year",
                    (m, c) -> c.published() == null ? null : Resolved.year(c.published().getYear() - 1)),
            // Weekdays: "Sabtu kemarin", "pada hari Kamis", "on Thursday", "last Saturday"
            rule("(?:(?:pada\\s+)?hari\\s+|pada\\s+|on\\s+|last\\s+)?" + W_FULL + "(?:\\s+(?:kemarin|lalu))?",
                    (m, c) -> weekday(m.group(1), c)),
            rule("kemarin|yesterday", (m, c) -> c.published() == null ? null : Resolved.day(c.published().minusDays(1))),
            rule("hari ini|today", (m, c) -> c.published() == null ? null : Resolved.day(c.published())));

    private final Entities.Article entities;

    Events(Entities.Article entities) {
        this.entities = entities;
    }

    private static Rule rule(String regex, BiFunction<Matcher, Context, Resolved> resolve) {
        return new Rule(Pattern.compile("\\b" + regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), resolve);
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1000 || year > 2200) {
            throw new IllegalArgumentException("not a year: " + text);
        }
        return year;
    }

    /** A day and month without a year: the year that puts them nearest before publication. */
    private static Resolved dayMonth(int day, int month, String weekday, Context context) {
        List<Integer> candidates = new ArrayList<>();
        if (context.published() != null) {
            int y = context.published().getYear();
            candidates.add(LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth())).isAfter(context.published()) ? y - 1 : y);
            candidates.add(y);
            candidates.add(y - 1);
        } else {
            context.articleYears().stream().sorted(Comparator.reverseOrder()).forEach(candidates::add);
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
        return null;
    }

    /** A weekday alone: the nearest such day on or before publication. */
    private static Resolved weekday(String name, Context context) {
        if (context.published() == null) {
            return null;
        }
        return Resolved.day(context.published().with(TemporalAdjusters.previousOrSame(Calendars.weekday(name))));
    }

    private static Resolved later(Context context, int count, String unit) {
        Resolved previous = context.previous();
        if (previous == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("tahun") || u.startsWith("year")) {
            return Resolved.year(previous.start().getYear() + count);
        }
        if (u.startsWith("bulan") || u.startsWith("month")) {
            return Resolved.month(YearMonth.from(previous.start()).plusMonths(count));
        }
        if (previous.granularity() != Granularity.DAY) {
            return null;
        }
        boolean weeks = u.startsWith("pekan") || u.startsWith("minggu") || u.startsWith("week");
        return Resolved.day(previous.start().plusDays(weeks ? 7L * count : count));
    }

    /** The dated events of a body, in reading order. */
    List<DatedEvent> find(List<String> paragraphs, LocalDate published) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            sentences.addAll(sentences(paragraph));
        }
        List<Integer> years = new ArrayList<>();
        for (String sentence : sentences) {
            for (Found found : match(sentence, new Context(null, List.of(), null), 3)) {
                if (found.resolved() != null) {
                    years.add(found.resolved().start().getYear());
                }
            }
        }
        List<DatedEvent> events = new ArrayList<>();
        Resolved previous = null;
        for (String sentence : sentences) {
            for (Found found : match(sentence, new Context(published, List.copyOf(years), previous), RULES.size())) {
                Resolved r = found.resolved();
                events.add(new DatedEvent(r == null ? null : r.date(), r == null ? null : r.granularity(),
                        r == null ? null : r.start(), r == null ? null : r.end(),
                        found.expression(), sentence, entities.names(sentence)));
                if (r != null) {
                    previous = r;
                }
            }
        }
        return events;
    }

    /** The expressions of one sentence, trying the first {@code ruleCount} rules. */
    private static List<Found> match(String sentence, Context context, int ruleCount) {
        List<Found> found = new ArrayList<>();
        for (Rule rule : RULES.subList(0, ruleCount)) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> start < f.end() && f.start() < end)) {
                    continue;
                }
                Resolved resolved;
                try {
                    resolved = rule.resolve().apply(m, context);
                } catch (RuntimeException e) {
                    continue; // not a date after all (day 31 of a short month, a number that is no year)
                }
                found.add(new Found(start, end, m.group().strip(), resolved));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    static List<String> sentences(String paragraph) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag("id"));
        iterator.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
