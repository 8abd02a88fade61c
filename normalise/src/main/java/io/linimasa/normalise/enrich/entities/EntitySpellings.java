package io.linimasa.normalise.enrich.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every spelling of an article's entities, for search: "Russia" also as "Rusia" and "Russian
 * Federation", "Moscow" as "Moskow" and "Moskwa", so that a query finds a page in any of them.
 */
public final class EntitySpellings {

    private EntitySpellings() {
    }

    /** The canonical names with their known spellings, each once. */
    public static List<String> of(List<String> canonicalNames) {
        Set<String> spellings = new LinkedHashSet<>();
        for (String name : canonicalNames) {
            spellings.add(name);
            spellings.addAll(Gazetteer.shared().spellings(name));
        }
        return List.copyOf(spellings);
    }
}
