package io.linimasa.normalise.enrich.entities;

import io.linimasa.normalise.EntityType;
import io.linimasa.normalise.lexicon.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every known spelling of every known entity, indexed by its first token. The hand list
 * {@code normalise/entities.tsv} comes first, so that its entries win a spelling over the generated
 * gazetteers ({@code normalise/gazetteers/}, made by {@code dev/entity-gazetteers}); among those, the
 * first file to name a spelling keeps it (a country before a province before a city of that name).
 */
final class Gazetteer {

    /** An alias as tokens, and what it stands for. */
    record Alias(List<String> tokens, Entities.Canonical canonical) {
    }

    private static final List<String> GENERATED = List.of("gazetteers/countries.tsv", "gazetteers/idn-area.tsv",
            "gazetteers/geonames.tsv");

    private final Map<String, List<Alias>> byFirstToken = new HashMap<>();

    Gazetteer() {
        for (String line : ResourceLines.read("entities.tsv")) {
            String[] cells = line.split("\t");
            addAll(cells[0], EntityType.valueOf(cells[1]), cells[2]);
        }
        for (String file : GENERATED) {
            for (String line : ResourceLines.read(file)) {
                String[] cells = line.split("\t");
                addAll(cells[1], EntityType.valueOf(cells[2]), cells[3]);
            }
        }
        byFirstToken.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> a.tokens().size()).reversed()));
    }

    private void addAll(String name, EntityType type, String aliases) {
        Entities.Canonical canonical = new Entities.Canonical(name, type);
        add(name, canonical);
        for (String alias : aliases.split("\\|")) {
            add(alias, canonical);
        }
    }

    private void add(String alias, Entities.Canonical canonical) {
        List<String> tokens = Entities.tokens(alias);
        if (tokens.isEmpty()) {
            return;
        }
        List<Alias> list = byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
        if (list.stream().noneMatch(a -> a.tokens().equals(tokens))) {
            list.add(new Alias(tokens, canonical));
        }
    }

    /** The aliases starting with this token, longest first. */
    List<Alias> startingWith(String token) {
        return byFirstToken.getOrDefault(token, List.of());
    }
}
