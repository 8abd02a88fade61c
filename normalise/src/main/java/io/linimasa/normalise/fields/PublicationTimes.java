package io.linimasa.normalise.fields;

import io.linimasa.normalise.lexicon.Calendars;
import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.lexicon.Lexicons;
import io.linimasa.normalise.rules.LineRule;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication time from a page's date line: "23 November 2020, 16:56 WIB",
 * "Kompas.com - 31/10/2020, 17:17 WIB", "Sabtu, 07 Oktober 2023 - 08:48 WIB", "October 7, 2023 8:48 AM GMT".
 * A line is a date line only when the date, time and zone are nearly all it says: a date inside a
 * sentence of the story is not the publication time. A line is parsed once; the offset of a time
 * printed without a zone is chosen later ({@link DateLine#at}), when the outlet is known.
 */
public final class PublicationTimes {

    /**
     * A date line as found: the printed local time, the printed zone (null when none), the credit
     * printed before it ("Kompas.com - ..."), and whether it is an update time.
     */
    public record DateLine(LocalDateTime local, ZoneOffset zone, String credit, boolean update) {

        /** The time with its printed zone, else with {@code bareZone}; null when neither is known. */
        public OffsetDateTime at(ZoneOffset bareZone) {
            ZoneOffset offset = zone != null ? zone : bareZone;
            return offset == null ? null : OffsetDateTime.of(local, offset);
        }

        /** Whether this line gives a time when a bare time takes {@code bareZone} (null: bare times refused). */
        public boolean readableWith(ZoneOffset bareZone) {
            return zone != null || bareZone != null;
        }
    }

    /** Longer lines are never date lines. */
    static final int LONGEST_DATE_LINE = 90;
    private static final long CUES = Cue.any(Cue.DIGIT);

    private static final String DATE = "(?:(?<d1>\\d{1,2})\\s+(?<m1>" + Calendars.MONTH + "),?\\s+(?<y1>\\d{4})"
            + "|(?<m2>" + Calendars.MONTH + ")\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4})"
            + "|(?<d3>\\d{1,2})[/.-](?<m3>\\d{1,2})[/.-](?<y3>\\d{4})"
            + "|(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2}))";
    private static final String TIME = "(?<h>\\d{1,2})[:.](?<min>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?m\\.?)?";
    private static final String LABEL_WORDS = Lexicons.DATE_LABELS.alternation(t -> t.has("prefix"));
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final LineRule LINE = LineRule.whole("date-line", LONGEST_DATE_LINE, CUES,
            "^(?:(?<credit>[\\p{L}\\p{N}.&' ]{2,40}?)\\s*[-–—|:,]\\s*|(?<label>" + LABEL_WORDS + ")\\s+)?"
                    + "(?:" + Calendars.WEEKDAY + "\\s*,?\\s*)?" + DATE
                    + "(?:\\s*(?:[,|\\-–—/@]|\\bat\\b|\\bpukul\\b|\\bjam\\b|T)?\\s*" + TIME
                    + "(?:\\s*(?<zone>" + Calendars.ZONE + "))?)?\\s*$", FLAGS);
    /** The time before the date: "Published 2:05 PM GMT+4, October 10, 2020". */
    static final LineRule TIME_FIRST = LineRule.whole("date-line-time-first", LONGEST_DATE_LINE, CUES,
            "^(?:(?<label>" + LABEL_WORDS + ")\\s*:?\\s+)?" + TIME + "(?:\\s*(?<zone>" + Calendars.ZONE + "))?\\s*[,|\\-–—]?\\s*"
                    + "(?:" + Calendars.WEEKDAY + "\\s*,?\\s*)?" + DATE + "\\s*$", FLAGS);
    /** "Published On 16 Oct 2023 16 Oct 2023 17:25 GMT+3": a date printed twice. */
    static final LineRule DOUBLED_DATE = LineRule.find("date-printed-twice", LONGEST_DATE_LINE, CUES,
            "(\\d{1,2} \\p{L}{3,9}\\.? \\d{4}) \\1", 0);
    private static final Pattern LABEL_ON = Pattern.compile("(?i)^(published|posted|updated) on\\b");
    private static final Set<String> PUBLISHED_LABELS = Lexicons.DATE_LABELS.lowerCase(t -> t.value().equals("published"));
    private static final Set<String> UPDATE_LABELS = Lexicons.DATE_LABELS.lowerCase(t -> t.value().equals("updated"));
    private static final Pattern LABEL_TAIL = Pattern.compile("\\s*(?:on|pada)?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(Calendars.WEEKDAY, FLAGS);


    private PublicationTimes() {
    }

    /** The date line a line is, whatever zone a bare time will take. */
    public static Optional<DateLine> parse(String line) {
        if (line.length() > LONGEST_DATE_LINE) {
            return Optional.empty();
        }
        String stripped = line.strip();
        Matcher doubled = DOUBLED_DATE.match(stripped);
        String cleaned = doubled == null ? stripped : stripped.substring(0, doubled.start()) + doubled.group(1)
                + stripped.substring(doubled.end());
        cleaned = LABEL_ON.matcher(cleaned).replaceFirst("$1");
        Matcher m = LINE.match(cleaned);
        boolean timeFirst = false;
        if (m == null) {
            m = TIME_FIRST.match(cleaned);
            if (m == null) {
                return Optional.empty();
            }
            timeFirst = true;
        }
        try {
            LocalDate date = date(m);
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group("h") != null) {
                int hour = Integer.parseInt(m.group("h"));
                String ampm = m.group("ampm");
                if (ampm != null) {
                    boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(hour, Integer.parseInt(m.group("min")));
            }
            ZoneOffset zone = m.group("zone") != null ? Calendars.offset(m.group("zone")) : null;
            String credit = timeFirst ? null : m.group("credit");
            String label = m.group("label") != null ? m.group("label") : credit;
            boolean update = label != null && isLabel(label, UPDATE_LABELS);
            if (credit != null && (update || isLabel(credit, PUBLISHED_LABELS) || WEEKDAY.matcher(credit.strip()).matches())) {
                credit = null;
            }
            return Optional.of(new DateLine(LocalDateTime.of(date, time), zone, credit == null ? null : credit.strip(), update));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A label alone, perhaps with "on"/"pada" and a colon after it: "Diperbarui pada:". */
    private static boolean isLabel(String printed, Set<String> labels) {
        String word = LABEL_TAIL.matcher(printed.strip()).replaceFirst("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return labels.contains(word);
    }

    /** As {@link #parse(String)}, the time read with {@code bareZone} for a time printed without a zone. */
    public static Optional<OffsetDateTime> parse(String line, ZoneOffset bareZone) {
        return parse(line).map(d -> d.at(bareZone));
    }

    private static LocalDate date(Matcher m) {
        if (m.group("d1") != null) {
            return LocalDate.of(Integer.parseInt(m.group("y1")), Calendars.month(m.group("m1")), Integer.parseInt(m.group("d1")));
        }
        if (m.group("d2") != null) {
            return LocalDate.of(Integer.parseInt(m.group("y2")), Calendars.month(m.group("m2")), Integer.parseInt(m.group("d2")));
        }
        if (m.group("d3") != null) {
            int first = Integer.parseInt(m.group("d3"));
            int second = Integer.parseInt(m.group("m3"));
            // Indonesian and most news print day/month; a first number over 12 can only be a day anyway.
            return first > 12 || second <= 12
                    ? LocalDate.of(Integer.parseInt(m.group("y3")), second, first)
                    : LocalDate.of(Integer.parseInt(m.group("y3")), first, second);
        }
        return LocalDate.of(Integer.parseInt(m.group("y4")), Integer.parseInt(m.group("m4")), Integer.parseInt(m.group("d4")));
    }
}
