package io.linimasa.normalise.enrich.events;

import io.linimasa.normalise.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** A resolved date: the contract's string form and the days it covers. */
public record Resolved(String date, Granularity granularity, LocalDate start, LocalDate end) {

    public static Resolved day(LocalDate day) {
        return new Resolved(day.toString(), Granularity.DAY, day, day);
    }

    /** Several days ("19-20 September 2023"): named by the first, covering all. */
    public static Resolved days(LocalDate first, LocalDate last) {
        if (!last.isAfter(first)) {
            throw Resolvers.NOT_A_DATE;
        }
        return new Resolved(first.toString(), Granularity.DAY, first, last);
    }

    public static Resolved week(LocalDate any) {
        LocalDate monday = any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Resolved(monday.toString(), Granularity.WEEK, monday, monday.plusDays(6));
    }

    public static Resolved month(YearMonth month) {
        return new Resolved(month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Several months ("antara Maret dan Mei 2005"): named by the first, covering all. */
    public static Resolved months(YearMonth first, YearMonth last) {
        if (!last.isAfter(first)) {
            throw Resolvers.NOT_A_DATE;
        }
        return new Resolved(first.toString(), Granularity.MONTH, first.atDay(1), last.atEndOfMonth());
    }

    public static Resolved year(int year) {
        return new Resolved(Integer.toString(year), Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Several years ("2018-2020"): named by the first, covering all. */
    public static Resolved years(int first, int last) {
        if (last <= first || last - first > 50) {
            throw Resolvers.NOT_A_DATE;
        }
        return new Resolved(Integer.toString(first), Granularity.YEAR, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public static Resolved decade(int decade) {
        return new Resolved(decade + "s", Granularity.DECADE, LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
    }
}
