package io.linimasa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pinned floors of the search bench ({@code bench/search/floors.tsv}): lines
 * {@code metric <TAB> kind <TAB> floor}, {@code #} for comments. A floor is lost when search-service's
 * figure falls below it.
 */
final class SearchFloors {

    static final List<String> METRICS = List.of("ndcg@10", "recall@10", "expected@10");

    /** Search-service's mean figures over the queries of one kind (or "all"). */
    record Scores(double ndcg, double recall, double expected) {

        double get(String metric) {
            return switch (metric) {
                case "ndcg@10" -> ndcg;
                case "recall@10" -> recall;
                case "expected@10" -> expected;
                default -> throw new IllegalArgumentException("unknown metric " + metric);
            };
        }
    }

    record Floor(String metric, String kind, double floor) {
    }

    private final List<Floor> floors;

    private SearchFloors(List<Floor> floors) {
        this.floors = floors;
    }

    static SearchFloors read(Path file) throws IOException {
        List<Floor> floors = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] cells = content.split("\\s+");
            if (cells.length != 3) {
                throw new IllegalArgumentException(file + ":" + number + ": expected metric, kind and floor");
            }
            Floor floor = new Floor(cells[0], cells[1], Double.parseDouble(cells[2]));
            if (!METRICS.contains(floor.metric())) {
                throw new IllegalArgumentException(file + ":" + number + ": unknown metric " + floor.metric() + ", not one of " + METRICS);
            }
            floors.add(floor);
        }
        return new SearchFloors(floors);
    }

    /** Every floor lost, in words; empty when all hold. A kind the bench did not measure is lost too. */
    List<String> lost(Map<String, Scores> byKind) {
        List<String> lost = new ArrayList<>();
        for (Floor floor : floors) {
            Scores scores = byKind.get(floor.kind());
            if (scores == null) {
                lost.add(floor.metric() + " " + floor.kind() + ": no queries of this kind");
            } else if (scores.get(floor.metric()) < floor.floor()) {
                lost.add(String.format(Locale.ROOT, "%s %s: %.3f < floor %.3f", floor.metric(), floor.kind(),
                        scores.get(floor.metric()), floor.floor()));
            }
        }
        return lost;
    }
}
