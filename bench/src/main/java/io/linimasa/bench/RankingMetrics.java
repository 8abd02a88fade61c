package io.linimasa.bench;

import java.util.List;
import java.util.Map;

/**
 * Graded ranking metrics over the first k results. nDCG uses the exponential gain 2^grade - 1 and the
 * log2(rank + 1) discount, with the ideal ranking made from the judgments themselves.
 */
final class RankingMetrics {

    private RankingMetrics() {
    }

    static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of the pages graded at least {@code minGrade} that are among the first k. */
    static double recall(List<String> ranking, Map<String, Integer> grades, int k, int minGrade) {
        long relevant = grades.values().stream().filter(g -> g >= minGrade).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranking.stream().limit(k).distinct().filter(id -> grades.getOrDefault(id, 0) >= minGrade).count();
        return (double) found / relevant;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
