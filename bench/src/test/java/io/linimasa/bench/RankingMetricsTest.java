package io.linimasa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** nDCG and recall against values worked out by hand. */
class RankingMetricsTest {

    private static final double EPS = 1e-9;
    private static final Map<String, Integer> GRADES = grades("a", 2, "b", 1, "c", 1);

    @Test
    void theIdealRankingScoresOne() {
        assertEquals(1.0, RankingMetrics.ndcg(List.of("a", "b", "c", "x"), GRADES, 10), EPS);
        assertEquals(1.0, RankingMetrics.ndcg(List.of("a", "c", "b"), GRADES, 10), EPS);
    }

    @Test
    void gainsAreExponentialAndDiscountedByLog2OfRankPlusOne() {
        // DCG of [x, a, b]: 0 + 3/log2(3) + 1/log2(4) = 1.892789 + 0.5; IDCG: 3 + 1/log2(3) + 1/2 = 4.130930
        double dcg = 3 / (Math.log(3) / Math.log(2)) + 0.5;
        double idcg = 3 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
        assertEquals(dcg / idcg, RankingMetrics.ndcg(List.of("x", "a", "b"), GRADES, 10), EPS);
        assertEquals(0.0, RankingMetrics.ndcg(List.of("x", "y"), GRADES, 10), EPS);
        assertEquals(0.0, RankingMetrics.ndcg(List.of(), GRADES, 10), EPS);
    }

    @Test
    void onlyTheFirstKCount() {
        assertEquals(0.0, RankingMetrics.ndcg(List.of("x", "a"), GRADES, 1), EPS);
        assertEquals(0.0, RankingMetrics.recall(List.of("x", "a"), GRADES, 1, 1), EPS);
        // k = 1: the ideal is [a] alone, so a first scores 1
        assertEquals(1.0, RankingMetrics.ndcg(List.of("a", "x"), GRADES, 1), EPS);
    }

    @Test
    void recallCountsThePagesOfAtLeastTheGrade() {
        assertEquals(2.0 / 3, RankingMetrics.recall(List.of("b", "x", "a"), GRADES, 10, 1), EPS);
        assertEquals(1.0, RankingMetrics.recall(List.of("b", "x", "a"), GRADES, 10, 2), EPS);
        assertEquals(0.0, RankingMetrics.recall(List.of("b", "c"), GRADES, 10, 2), EPS);
        assertEquals(1.0 / 3, RankingMetrics.recall(List.of("b", "b"), GRADES, 10, 1), EPS);
    }

    private static Map<String, Integer> grades(Object... pairs) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            grades.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return grades;
    }
}
