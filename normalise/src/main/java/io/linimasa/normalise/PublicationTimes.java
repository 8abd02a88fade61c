package io.linimasa.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication time from a page's date line: "23 November 2020, 16:56 WIB",
 * "Kompas.com - 31/10/2020, 17:17 WIB", "Sabtu, 07 Oktober 2023 - 08:48 WIB", "October 7, 2023 8:48 AM GMT".
 * A line is a date line only when the date, time and zone are nearly all it says: a date inside a
 * sentence of the story is not the publication time.
 */
final class PublicationTimes {

    /** A date line as found: the time, and the credit printed before it ("Kompas.com - ..."), if any. */
    record DateLine(OffsetDateTime publishedAt, String credit, boolean update) {
    }

    private static final String DATE = "(?:(?<d1>\\d{1,2})\\s+(?<m1>" + Calendars.MONTH + "),?\\s+(?<y1>\\d{4})"
            + "|(?<m2>" + Calendars.MONTH + ")\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4})"
            + "|(?<d3>\\d{1,2})[/.-](?<m3>\\d{1,2})[/.-](?<y3>\\d{4})"
            + "|(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2}))";
    private static final String TIME = "(?<h>\\d{1,2})[:.](?<min>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?m\\.?)?";
    private static final String LABEL_WORDS = "dipublikasikan|diterbitkan|terbit|tayang|published|posted|diperbarui|diperbaharui|updated|update";
    private static final Pattern LINE = Pattern.compile(
            "^(?:(?<credit>[\\p{L}\\p{N}.&' ]{2,40}?)\\s*[-–—|:,]\\s*|(?<label>" + LABEL_WORDS + ")\\s+)?"
                    + "(?:" + Calendars.WEEKDAY + "\\s*,?\\s*)?" + DATE
                    + "(?:\\s*(?:[,|\\-–—/@]|\\bat\\b|\\bpukul\\b|\\bjam\\b|T)?\\s*" + TIME
                    + "(?:\\s*(?<zone>" + Calendars.ZONE + "))?)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The time before the date: "Published 2:05 PM GMT+4, October 10, 2020". */
    private static final Pattern TIME_FIRST = Pattern.compile(
            "^(?:(?<label>" + LABEL_WORDS + ")\\s*:?\\s+)?" + TIME + "(?:\\s*(?<zone>" + Calendars.ZONE + "))?\\s*[,|\\-–—]?\\s*"
                    + "(?:" + Calendars.WEEKDAY + "\\s*,?\\s*)?" + DATE + "\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABELS = Pattern.compile(
            "^(dipublikasikan|diterbitkan|terbit|tayang|published|posted|first published|pubdate|tanggal|publikasi)\\s*(on|pada)?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLED_DATE = Pattern.compile("(\\d{1,2} \\p{L}{3,9}\\.? \\d{4}) \\1");
    private static final Pattern WEEKDAY = Pattern.compile(Calendars.WEEKDAY, Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_LABELS = Pattern.compile(
            "^(diperbarui|diperbaharui|diupdate|update|updated|last updated|modified)\\s*(on|pada)?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private PublicationTimes() {
    }

    /**
     * @param defaultOffset the offset to assume when the page prints a time but no zone
     *                      (Indonesian pages: WIB), or null to refuse such lines
     */
    static Optional<DateLine> parse(String line, ZoneOffset defaultOffset) {
        if (line.length() > 90) {
            return Optional.empty();
        }
        // "Published On 16 Oct 2023 16 Oct 2023 17:25 GMT+3": a date printed twice, and "On" after the label.
        String cleaned = DOUBLED_DATE.matcher(line.strip()).replaceFirst("$1").replaceFirst("(?i)^(published|posted|updated) on\\b", "$1");
        Matcher m = LINE.matcher(cleaned);
        boolean timeFirst = false;
        if (!m.matches()) {
            m = TIME_FIRST.matcher(cleaned);
            if (!m.matches()) {
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
                    boolean pm = ampm.toLowerCase().startsWith("p");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(hour, Integer.parseInt(m.group("min")));
            }
            ZoneOffset offset = m.group("zone") != null ? Calendars.offset(m.group("zone")) : defaultOffset;
            if (offset == null) {
                return Optional.empty();
            }
            String credit = timeFirst ? null : m.group("credit");
            String label = m.group("label") != null ? m.group("label") : credit;
            boolean update = label != null && UPDATE_LABELS.matcher(label.strip()).matches();
            if (credit != null && (update || LABELS.matcher(credit.strip()).matches() || WEEKDAY.matcher(credit.strip()).matches())) {
                credit = null;
            }
            return Optional.of(new DateLine(OffsetDateTime.of(date, time, offset), credit == null ? null : credit.strip(), update));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
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
