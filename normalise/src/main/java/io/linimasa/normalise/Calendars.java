package io.linimasa.normalise;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names of Indonesian and English news, and the Indonesian time zones.
 * Written by hand because the JDK's CLDR data has the full Indonesian names but not the spellings
 * news pages use beside them ("Pebruari", "Nopember", "Agt", "Jum'at", "Ahad").
 */
final class Calendars {

    static final String MONTH = "(januari|january|jan|februari|pebruari|february|feb|maret|march|mar|april|apr|mei|may"
            + "|juni|june|jun|juli|july|jul|agustus|august|agu|agt|aug|september|sept|sep|oktober|october|okt|oct"
            + "|november|nopember|nov|desember|december|des|dec)\\.?";
    static final String WEEKDAY = "(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?";
    static final String ZONE = "(WIB|WITA|WIT|SGT|MYT|HKT|PHT|JST|KST|ICT|GMT\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|UTC\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|GMT|UTC|[+-]\\d{2}:?\\d{2}|Z)";

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[][] months = {
            {"januari", "january", "jan"}, {"februari", "pebruari", "february", "feb"}, {"maret", "march", "mar"},
            {"april", "apr"}, {"mei", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"},
            {"agustus", "august", "agu", "agt", "aug"}, {"september", "sept", "sep"},
            {"oktober", "october", "okt", "oct"}, {"november", "nopember", "nov"}, {"desember", "december", "des", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        String[][] weekdays = {
            {"senin", "monday", "mon"}, {"selasa", "tuesday", "tue", "tues"}, {"rabu", "wednesday", "wed"},
            {"kamis", "thursday", "thu", "thurs"}, {"jumat", "jum'at", "friday", "fri"},
            {"sabtu", "saturday", "sat"}, {"minggu", "ahad", "sunday", "sun"}};
        for (int d = 0; d < weekdays.length; d++) {
            for (String name : weekdays[d]) {
                WEEKDAYS.put(name, DayOfWeek.of(d + 1));
            }
        }
    }

    private Calendars() {
    }

    static int month(String name) {
        Integer month = MONTHS.get(strip(name));
        if (month == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return month;
    }

    static DayOfWeek weekday(String name) {
        DayOfWeek day = WEEKDAYS.get(strip(name));
        if (day == null) {
            throw new IllegalArgumentException("not a weekday: " + name);
        }
        return day;
    }

    /** The offset a printed zone stands for; WIB, WITA and WIT are Indonesia's three zones. */
    static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT).replace(" ", "");
        switch (z) {
            case "WIB": return ZoneOffset.ofHours(7);
            case "WITA": return ZoneOffset.ofHours(8);
            case "WIT", "JST", "KST": return ZoneOffset.ofHours(9);
            case "SGT", "MYT", "HKT", "PHT": return ZoneOffset.ofHours(8);
            case "ICT": return ZoneOffset.ofHours(7);
            case "GMT", "UTC", "Z": return ZoneOffset.UTC;
            default:
                String signed = z.replace("GMT", "").replace("UTC", "");
                String digits = signed.substring(1).replace(":", "");
                int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
                int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
                int sign = signed.charAt(0) == '-' ? -1 : 1;
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
    }

    private static String strip(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
