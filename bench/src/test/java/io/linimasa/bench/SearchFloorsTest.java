package io.linimasa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linimasa.bench.SearchFloors.Scores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchFloorsTest {

    @Test
    void aFigureBelowItsFloorIsLostAndAnUnmeasuredKindToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floors.tsv");
        Files.writeString(file, "# metric kind floor\nndcg@10\tall\t0.80\nrecall@10 name 0.9\nexpected@10 all 0.95\nndcg@10 typo 0.1\n");
        SearchFloors floors = SearchFloors.read(file);
        Map<String, Scores> scores = Map.of("all", new Scores(0.8, 1, 0.94), "name", new Scores(1, 0.95, 1));
        assertEquals(List.of("expected@10 all: 0.940 < floor 0.950", "ndcg@10 typo: no queries of this kind"), floors.lost(scores));
    }

    @Test
    void anUnknownMetricIsRefusedWhenRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floors.tsv");
        Files.writeString(file, "map@10 all 0.5\n");
        assertThrows(IllegalArgumentException.class, () -> SearchFloors.read(file));
        Files.writeString(file, "ndcg@10 all\n");
        assertThrows(IllegalArgumentException.class, () -> SearchFloors.read(file));
    }
}
