package io.linimasa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linimasa.bench.SearchJudgments.Judged;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judgments file as its README describes it. */
class SearchJudgmentsTest {

    private static final Path QUERIES = Path.of(System.getProperty("basedir", "."), "search", "queries.tsv");

    @Test
    void theBenchHoldsItsSeventyFiveQueriesEachWithAGradeTwoPage() throws IOException {
        List<Judged> queries = SearchJudgments.read(QUERIES);
        assertEquals(75, queries.size());
        Map<String, Integer> kinds = new LinkedHashMap<>();
        queries.forEach(q -> kinds.merge(q.kind(), 1, Integer::sum));
        assertEquals(Map.of("name", 13, "misspelt", 10, "topic", 19, "phrase", 8, "split", 9, "exclude", 7, "cross", 9), kinds);
        queries.forEach(q -> assertFalse(q.expected().isEmpty(), q.id()));
        Judged q60 = queries.get(59);
        assertEquals("gempa -Afghanistan", q60.query());
        assertEquals(List.of("013_tribuntimur_gempa_mamuju", "h01_gempa_cianjur_id", "h02_quake_en"), q60.expected());
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("q.tsv");
        Files.writeString(file, "q1\tname\ten\tPutin\ta:2\nq2\tname\ten\tPutin\ta:3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchJudgments.read(file));
        assertEquals(file + ":2: bad judgment a:3", e.getMessage());
        Files.writeString(file, "q1\tname\tPutin\ta:2\n");
        assertThrows(IllegalArgumentException.class, () -> SearchJudgments.read(file));
    }
}
