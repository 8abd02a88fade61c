package io.linimasa.timeline.store;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Values of native query rows, whichever Java type the driver hands back for a column. */
final class Columns {

    private Columns() {
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }

    static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof Array array) {
            try {
                return Arrays.asList((String[]) array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
