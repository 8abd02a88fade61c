package io.linimasa.bench;

import io.linimasa.normalise.EntityType;
import io.linimasa.normalise.NormalisedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entity precision and recall per type: a name counts for a type when gold and normaliser both give
 * it that type, so a right name with a wrong type is a miss in one type and an extra in another.
 */
final class EntityTypeScores {

    private EntityTypeScores() {
    }

    static Map<EntityType, ExtractionShingles.Counts> of(ExtractionGold gold, NormalisedArticle got, Function<String, String> clean) {
        Map<EntityType, ExtractionShingles.Counts> counts = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            Set<String> expected = gold.entities().stream().filter(e -> e.type().equals(type.name()))
                    .map(e -> clean.apply(e.name())).collect(Collectors.toSet());
            Set<String> found = got.entities().stream().filter(e -> e.type() == type)
                    .map(e -> clean.apply(e.name())).collect(Collectors.toSet());
            counts.put(type, ExtractionBench.setCounts(expected, found));
        }
        return counts;
    }

    /** One row per type: the page means of precision and recall, for each group of pages. */
    static List<String> rows(List<List<Map<EntityType, ExtractionShingles.Counts>>> groups, Function<List<String>, String> cells) {
        return java.util.Arrays.stream(EntityType.values()).map(type -> {
            List<ExtractionShingles.Means> means = groups.stream()
                    .map(g -> ExtractionShingles.means(g.stream().map(page -> page.get(type)).toList())).toList();
            return pad("  " + type.name().toLowerCase(java.util.Locale.ROOT) + " P / R")
                    + cells.apply(means.stream().map(m -> fmt(m.precision()) + " / " + fmt(m.recall())).toList());
        }).toList();
    }

    private static String pad(String s) {
        return String.format("%-28s", s);
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "-" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
