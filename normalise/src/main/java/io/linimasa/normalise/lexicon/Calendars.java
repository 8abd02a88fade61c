package io.linimasa.normalise.lexicon;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Months, weekdays and zones as regex fragments and lookups, derived from {@link Lexicons#MONTHS},
 * {@link Lexicons#WEEKDAYS} and {@link Lexicons#ZONES}. Each fragment is one capturing group.
 */
public final class Calendars {

    /** Any month name or abbreviation, with an optional period: "(januari|jan|...)\.?". */
    public static final String MONTH = "(" + Lexicons.MONTHS.alternation() + ")\\.?";
    /** Months written out, for the forms where an abbreviation alone would be too loose ("pada Mar"). */
    public static final String MONTH_FULL = "(" + Lexicons.MONTHS.alternation(t -> t.has("full")) + ")";
    public static final String WEEKDAY = "(" + Lexicons.WEEKDAYS.alternation() + ")\\.?";
    /** Weekdays written out: an abbreviation alone ("sat", "sun") is too often an ordinary word. */
    public static final String WEEKDAY_FULL = "(" + Lexicons.WEEKDAYS.alternation(t -> t.has("full")) + ")";
    /** A zone by name or as an offset: "WIB", "GMT+7", "UTC -05:00", "+0700", "Z". */
    public static final String ZONE = "(" + Lexicons.ZONES.alternation() + "|GMT\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?"
            + "|UTC\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|Z)";

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, ZoneOffset> ZONES = new HashMap<>();

    static {
        Lexicons.MONTHS.terms().forEach(t -> MONTHS.put(t.text(), Integer.parseInt(t.value())));
        Lexicons.WEEKDAYS.terms().forEach(t -> WEEKDAYS.put(t.text(), DayOfWeek.of(Integer.parseInt(t.value()))));
        Lexicons.ZONES.terms().forEach(t -> ZONES.put(t.text(), ZoneOffset.of(t.value())));
        ZONES.put("Z", ZoneOffset.UTC);
    }

    private Calendars() {
    }

    public static int month(String name) {
        Integer month = MONTHS.get(strip(name));
        if (month == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return month;
    }

    public static DayOfWeek weekday(String name) {
        DayOfWeek day = WEEKDAYS.get(strip(name));
        if (day == null) {
            throw new IllegalArgumentException("not a weekday: " + name);
        }
        return day;
    }

    /** The offset a printed zone stands for: a named zone, or "GMT+7", "UTC-05:00", "+0700". */
    public static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT).replace(" ", "");
        ZoneOffset named = ZONES.get(z);
        if (named != null) {
            return named;
        }
        String signed = z.replace("GMT", "").replace("UTC", "");
        String digits = signed.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        int sign = signed.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static String strip(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
