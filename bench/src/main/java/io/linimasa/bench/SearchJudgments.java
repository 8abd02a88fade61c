package io.linimasa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The queries of {@code bench/search/queries.tsv} with their graded judgments (format: its README). */
final class SearchJudgments {

    /** One query; {@code grades} holds every page that deserves a grade (1 or 2), the rest count 0. */
    record Judged(String id, String kind, String language, String query, Map<String, Integer> grades) {

        /** The pages a reader expects in the first ten: those graded 2. */
        List<String> expected() {
            return grades.entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey).toList();
        }
    }

    private SearchJudgments() {
    }

    static List<Judged> read(Path file) throws IOException {
        List<Judged> queries = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(file + ":" + number + ": expected 5 tab-separated cells, found " + cells.length);
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String judgment : cells[4].split(",")) {
                int colon = judgment.lastIndexOf(':');
                int grade = Integer.parseInt(judgment.substring(colon + 1).strip());
                if (colon <= 0 || grade < 1 || grade > 2) {
                    throw new IllegalArgumentException(file + ":" + number + ": bad judgment " + judgment);
                }
                grades.put(judgment.substring(0, colon).strip(), grade);
            }
            queries.add(new Judged(cells[0], cells[1], cells[2], cells[3], grades));
        }
        return queries;
    }
}
