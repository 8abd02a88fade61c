package io.linimasa.normalise.enrich.events;

import io.linimasa.normalise.Granularity;
import io.linimasa.normalise.lexicon.Calendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the event rules share: the words their patterns are made of, and the resolvers that turn a
 * match into a date (a day and month take the year nearest publication, a weekday the nearest such
 * day, a relative expression leans on publication or the previous event; the tense of the clause
 * turns "nearest before" into "nearest after").
 */
final class Resolvers {

    /** Thrown by a resolver when the matched text turns out not to be a date ("minggu" the noun, "(1/2)" a fraction). */
    static final RuntimeException NOT_A_DATE = new IllegalArgumentException("not a date") {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    static final String W = Calendars.WEEKDAY;
    /** Weekdays written out: an abbreviation alone ("sat", "sun") is too often an ordinary word. */
    static final String W_FULL = Calendars.WEEKDAY_FULL;
    static final String M = Calendars.MONTH + "\\b";
    /** Months written out, for the forms where an abbreviation alone would be too loose ("pada Mar"). */
    static final String M_FULL = Calendars.MONTH_FULL + "\\b";
    /** A count of units of time, in digits or in words ({@code normalise/lexicon/numbers.tsv}): "5", "lima", "dua puluh", "twenty-five". */
    static final String N = "(\\d{1,3}|" + NumberWords.PATTERN + ")";
    static final String UNIT = "(hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?)";
    static final String DASH = "\\s*(?:-|–|—|hingga|sampai|s\\.?d\\.?|to|until)\\s*";
    static final String PART_OF = "(?:(?:awal|akhir|pertengahan|medio|early|late|mid-?)\\s+)?";
    /** Words that make a bare number a count, not a year ("pada 1500 warga"). */
    static final String NOT_A_COUNT = "(?!\\s*(?:orang|warga|jiwa|personel|pasukan|tentara|unit|ton|km|kilometer|meter"
            + "|rupiah|dolar|people|troops|soldiers|civilians|units|tons|dollars|km)\\b)";
    /** Words that put a clause in the future. */
    static final Pattern FUTURE = Pattern.compile(
            "\\b(?:akan|bakal|hendak|dijadwalkan|direncanakan|rencananya|berencana|will|shall|is\\s+scheduled|are\\s+scheduled"
                    + "|is\\s+due|are\\s+due|plans?\\s+to|planned|is\\s+expected|are\\s+expected|is\\s+set\\s+to|are\\s+set\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a clause starts or ends, for the tense. */
    static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\"“”]|\\b(?:bahwa|that|namun|tetapi|but|yang|which)\\b",
            Pattern.CASE_INSENSITIVE);

    static int year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1000 || year > 2200) {
            throw NOT_A_DATE;
        }
        return year;
    }

    /** A bare four-digit number read as a year only in the range news speaks of. */
    static int modernYear(String text) {
        int year = Integer.parseInt(text);
        if (year < 1800 || year > 2100) {
            throw NOT_A_DATE;
        }
        return year;
    }

    static LocalDate date(String year, String month, String day) {
        return LocalDate.of(year(year), Calendars.month(month), Integer.parseInt(day));
    }

    /**
     * Day first as Indonesian and British pages write it; month first only when the day-first reading
     * is impossible. A printed weekday is not checked against a full date: pages get the weekday
     * wrong now and then, and the printed date still stands.
     */
    static Resolved numeric(String first, String second, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        return Resolved.day(b <= 12 ? LocalDate.of(year(year), b, a) : LocalDate.of(year(year), a, b));
    }

    /** English month and weekday names that are also ordinary words ("may") count only when capitalised. */
    static void capitalised(String word) {
        if (word != null && Character.isLowerCase(word.charAt(0))) {
            throw NOT_A_DATE;
        }
    }

    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.matches("\\d+") ? Integer.parseInt(w) : NumberWords.value(w);
    }

    static Resolved published(EventRule.Context c, java.util.function.Function<LocalDate, Resolved> f) {
        return c.published() == null ? null : f.apply(c.published());
    }

    /**
     * A day and month without a year: the year that puts them nearest before publication (after it
     * when the clause speaks of the future), and agrees with a printed weekday. Without a publication
     * date, the years of the article's own absolute dates, most recent first.
     */
    static Resolved dayMonth(int day, int month, String weekday, MatchResult m, EventRule.Context context) {
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
    /** Several months of one year ("antara Maret dan Mei 2005"). */
    static Resolved months(int year, String first, String last) {
        return Resolved.months(YearMonth.of(year, Calendars.month(first)), YearMonth.of(year, Calendars.month(last)));
    }

    /**
     * The year of a range of months without one: the year the sentence named before, else the one that
     * puts its first month nearest on or before publication (after it when the clause speaks of the
     * future), else the article's most recent year; null when nothing tells.
     */
    static Integer rangeYear(int firstMonth, EventRule.Context c) {
        if (c.sentenceYear() != null) {
            return c.sentenceYear();
        }
        if (c.published() == null) {
            return c.articleYears().isEmpty() ? null : c.articleYears().get(0);
        }
        YearMonth published = YearMonth.from(c.published());
        YearMonth candidate = YearMonth.of(published.getYear(), firstMonth);
        boolean future = c.sentence() != null && FUTURE.matcher(c.sentence()).find();
        if (future && candidate.isBefore(published)) {
            candidate = candidate.plusYears(1);
        } else if (!future && candidate.isAfter(published)) {
            candidate = candidate.minusYears(1);
        }
        return candidate.getYear();
    }

    static Resolved month(MatchResult m, EventRule.Context c) {
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
    static Resolved weekday(MatchResult m, EventRule.Context c) {
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
    static Resolved ago(EventRule.Context c, int count, String unit) {
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
    static Resolved shift(Resolved previous, int count, String unit) {
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

    static Granularity unitOf(String unit) {
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

    private Resolvers() {
    }
}
