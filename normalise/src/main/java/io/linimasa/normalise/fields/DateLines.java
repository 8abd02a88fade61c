package io.linimasa.normalise.fields;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date line of one block, also when its parts are set apart by "·", "●" or "|" ("Name, Jurnalis ·
 * Rabu 14 ..."): the whole block first, then from each part on to the end, or that part alone
 * ("2 Agustus 2023 09:40 WIT · 4 menit baca"). Each reading is parsed once, whatever zone a bare
 * time takes later.
 */
public final class DateLines {

    private static final Pattern PARTS = Pattern.compile("\\s+[·●•|]\\s+");

    private final String block;
    private final Optional<PublicationTimes.DateLine> whole;
    private List<Optional<PublicationTimes.DateLine>> parts;

    private DateLines(String block) {
        this.block = block;
        this.whole = PublicationTimes.parse(block);
    }

    public static DateLines of(String block) {
        return new DateLines(block);
    }

    /** The parts a header line is made of ("A · B · C"). */
    public static String[] parts(String block) {
        return PARTS.split(block);
    }

    /** The date line, read with {@code bareZone} for a time printed without a zone (null: such lines do not count). */
    public Optional<PublicationTimes.DateLine> select(ZoneOffset bareZone) {
        if (whole.isPresent() && whole.get().readableWith(bareZone)) {
            return whole;
        }
        for (Optional<PublicationTimes.DateLine> part : parts()) {
            if (part.isPresent() && part.get().readableWith(bareZone)) {
                return part;
            }
        }
        return Optional.empty();
    }

    /** The block as a whole read as a date line, whatever its zone. */
    public Optional<PublicationTimes.DateLine> whole() {
        return whole;
    }

    /** Whether the block is a date line when bare times are read in some zone. */
    public boolean any() {
        return select(ZoneOffset.UTC).isPresent();
    }

    private List<Optional<PublicationTimes.DateLine>> parts() {
        if (parts == null) {
            parts = new ArrayList<>();
            String[] split = parts(block);
            if (split.length > 1) {
                // The length of the parts from each one on, joined by ", ": longer than a date line, not joined at all.
                int[] from = new int[split.length + 1];
                for (int i = split.length - 1; i >= 0; i--) {
                    from[i] = from[i + 1] + split[i].length() + (i < split.length - 1 ? 2 : 0);
                }
                for (int first = 0; first < split.length; first++) {
                    parts.add(from[first] > PublicationTimes.LONGEST_DATE_LINE ? Optional.empty()
                            : PublicationTimes.parse(String.join(", ", List.of(split).subList(first, split.length))));
                    parts.add(PublicationTimes.parse(split[first]));
                }
            }
        }
        return parts;
    }
}
