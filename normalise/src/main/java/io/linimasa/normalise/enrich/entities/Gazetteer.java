package io.linimasa.normalise.enrich.entities;

import io.linimasa.normalise.EntityType;
import io.linimasa.normalise.lexicon.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static final Gazetteer SHARED = new Gazetteer();

    private final Map<String, List<Alias>> byFirstToken = new HashMap<>();
    private final Map<String, Set<String>> spellingsByName = new HashMap<>();
    private final Set<String> regionalBodies = new java.util.HashSet<>();
    private final Set<String> indonesianAreas = new java.util.HashSet<>();

    /** One per process: the tables are large and never change. */
    static Gazetteer shared() {
        return SHARED;
    }

    private Gazetteer() {
        for (String line : ResourceLines.read("entities.tsv")) {
            String[] cells = line.split("\t");
            addAll(cells[0], EntityType.valueOf(cells[1]), cells[2]);
            if (cells.length > 3 && cells[3].equals("regional")) {
                regionalBodies.add(cells[0]);
            }
        }
        for (String file : GENERATED) {
            for (String line : ResourceLines.read(file)) {
                String[] cells = line.split("\t");
                addAll(cells[1], EntityType.valueOf(cells[2]), cells[3]);
                if (file.endsWith("idn-area.tsv")) {
                    indonesianAreas.add(cells[1]);
                }
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
            spellingsByName.computeIfAbsent(canonical.name(), k -> new LinkedHashSet<>()).add(alias);
        }
    }

    /** The spellings that stand for an entity of this canonical name (none when it is not listed). */
    Set<String> spellings(String name) {
        return spellingsByName.getOrDefault(name, Set.of());
    }

    /** A body with offices in Indonesia's areas ("KPU Lampung"), by its canonical name. */
    boolean isRegionalBody(String name) {
        return regionalBodies.contains(name);
    }

    /** A province, regency or city of Indonesia, by its canonical name. */
    boolean isIndonesianArea(String name) {
        return indonesianAreas.contains(name);
    }

    /** The aliases starting with this token, longest first. */
    List<Alias> startingWith(String token) {
        return byFirstToken.getOrDefault(token, List.of());
    }
}
