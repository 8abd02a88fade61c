package io.linimasa.normalise;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a page's markup states for sure (JSON-LD, OpenGraph and article:* meta, {@code <time>},
 * {@code <html lang>}): it wins over what the text rules would guess. Null or empty: not stated.
 */
public record Markup(String title, OffsetDateTime publishedAt, String outlet, List<String> authors, String language) {

    public static final Markup NONE = new Markup(null, null, null, List.of(), null);
}
