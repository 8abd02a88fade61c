package io.linimasa.search.rest;

import io.linimasa.search.service.InvalidQueryException;

/** The {@code size} parameter of a listing: a whole number from 1 to the listing's maximum, 10 when absent. */
final class PageSize {

    static final int DEFAULT = 10;

    private PageSize() {
    }

    static int of(String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        try {
            int size = Integer.parseInt(raw.strip());
            if (size >= 1 && size <= max) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidQueryException("size must be a whole number from 1 to " + max);
    }
}
