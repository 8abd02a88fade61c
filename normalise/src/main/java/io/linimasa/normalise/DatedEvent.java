package io.linimasa.normalise;

import java.time.LocalDate;
import java.util.List;

/**
 * An event the body reports with a date expression. {@code date} is the contract's form of the
 * resolved date (2020-10-31, 2020-10, 2020, 1990s; a WEEK is its Monday) and {@code start}/{@code end}
 * the days it covers; all three are null when the text does not allow a date.
 */
public record DatedEvent(
        String date,
        Granularity granularity,
        LocalDate start,
        LocalDate end,
        String expression,
        String sentence,
        List<String> entities) {
}
