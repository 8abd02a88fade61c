package io.linimasa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The body metric against numbers worked out by hand and checked with the functions of
 * {@code shared/bench/aeb/evaluate.py} ({@code string_shingle_matching}, {@code metrics_from_tp_fp_fns})
 * on the same inputs.
 */
class ExtractionShinglesTest {

    private static final double EPS = 1e-9;

    @Test
    void tokensAreRunsOfWordCharactersLikePythonsBackslashW() {
        // evaluate.py: ['Pashinyan', 's', 'café', '2020', '10', '31', 'naïve_x', '½', 'Ⅻ']
        assertEquals(List.of("Pashinyan", "s", "café", "2020", "10", "31", "naïve_x", "½", "Ⅻ"),
                ExtractionShingles.tokenize("Pashinyan’s café, 2020-10-31: naïve_x ½ Ⅻ"));
        assertEquals(List.of(), ExtractionShingles.tokenize(" -- “” "));
    }

    @Test
    void shinglesAreWord4GramsWithCountsAndShortTextsAreOneShingle() {
        assertEquals(Map.of(List.of("a", "b", "c", "d"), 1, List.of("b", "c", "d", "e"), 1),
                ExtractionShingles.shingles("a b c d e", 4));
        assertEquals(Map.of(List.of("a", "b"), 1), ExtractionShingles.shingles("a, b.", 4));
        assertEquals(Map.of(), ExtractionShingles.shingles("", 4));
        assertEquals(2, ExtractionShingles.shingles("x y z w x y z w", 4).get(List.of("x", "y", "z", "w")));
    }

    @Test
    void oneShingleRightOneWrongIsAThirdEach() {
        // gold shingles {abcd, bcde}, ours {abcd, bcdx}: TP 1, FP 1, FN 1, divided by 3
        ExtractionShingles.Counts c = ExtractionShingles.match("a b c d e", "a b c d x");
        assertEquals(1.0 / 3, c.tp(), EPS);
        assertEquals(1.0 / 3, c.fp(), EPS);
        assertEquals(1.0 / 3, c.fn(), EPS);
        assertEquals(0.5, c.precision(), EPS);
        assertEquals(0.5, c.recall(), EPS);
        assertEquals(0.5, c.f1(), EPS);
    }

    @Test
    void aLeakedLinkCostsPrecisionAndALostSentenceEndCostsRecall() {
        // 4 gold shingles, 4 of ours, 2 shared: (1/3, 1/3, 1/3) in evaluate.py
        ExtractionShingles.Counts c = ExtractionShingles.match(
                "Rusia dan Armenia sepakat berdamai hari ini.",
                "Baca juga: Rusia dan Armenia sepakat berdamai.");
        assertEquals(0.5, c.precision(), EPS);
        assertEquals(0.5, c.recall(), EPS);
    }

    @Test
    void repeatedParagraphsCountEveryTime() {
        // evaluate.py: (0.2, 0.0, 0.8)
        ExtractionShingles.Counts c = ExtractionShingles.match("x y z w", "x y z w x y z w");
        assertEquals(0.2, c.tp(), EPS);
        assertEquals(0.8, c.fp(), EPS);
        assertEquals(0.0, c.fn(), EPS);
        assertEquals(0.2, c.precision(), EPS);
        assertEquals(1.0, c.recall(), EPS);
    }

    @Test
    void emptyCasesFollowEvaluatePy() {
        ExtractionShingles.Counts bothEmpty = ExtractionShingles.match("", "");
        assertEquals(new ExtractionShingles.Counts(0, 0, 0), bothEmpty);
        assertEquals(1.0, bothEmpty.precision(), EPS);
        assertEquals(1.0, bothEmpty.recall(), EPS);
        ExtractionShingles.Counts nothingFound = ExtractionShingles.match("one two three four", "");
        assertEquals(new ExtractionShingles.Counts(0, 0, 1), nothingFound);
        assertEquals(0.0, nothingFound.precision(), EPS);
        assertEquals(0.0, nothingFound.recall(), EPS);
    }

    @Test
    void meansSkipPagesWithNothingPredictedOrNothingExpectedAndF1ComesFromTheMeans() {
        // evaluate.py metrics_from_tp_fp_fns on the five cases above:
        // {'f1': 0.5714285714285715, 'precision': 0.6666666666666666, 'recall': 0.5}
        List<ExtractionShingles.Counts> pages = List.of(
                ExtractionShingles.match("a b c d e", "a b c d x"),
                ExtractionShingles.match("Rusia dan Armenia sepakat berdamai hari ini.", "Baca juga: Rusia dan Armenia sepakat berdamai."),
                ExtractionShingles.match("a b", "a b"),
                ExtractionShingles.match("", ""),
                ExtractionShingles.match("one two three four", ""));
        ExtractionShingles.Means means = ExtractionShingles.means(pages);
        assertEquals(0.6666666666666666, means.precision(), EPS);
        assertEquals(0.5, means.recall(), EPS);
        assertEquals(0.5714285714285715, means.f1(), EPS);
        assertTrue(Double.isNaN(ExtractionShingles.means(List.of()).precision()));
    }

    @Test
    void entitySetsUseTheSameRules() {
        ExtractionShingles.Counts c = ExtractionBench.setCounts(
                Set.of("Russia", "Armenia", "Nikol Pashinyan"), Set.of("Russia", "Armenia", "Rusia"));
        assertEquals(2.0 / 3, c.precision(), EPS);
        assertEquals(2.0 / 3, c.recall(), EPS);
    }

    @Test
    void aBoilerplateLineLeaksWhenItsWordsStandInARowInTheBody() {
        ExtractionGold gold = new ExtractionGold("T", null, null, null, null, null, "id",
                List.of("Rusia dan Armenia sepakat berdamai."), null,
                List.of("Baca juga: Putin Telepon Pashinyan", "Editor: Faisal Rizal", "Armenia sepakat berdamai"));
        // the third line is also gold body text: never a leak
        assertEquals(List.of("Baca juga: Putin Telepon Pashinyan"), ExtractionBench.leaks(gold,
                "Rusia dan Armenia sepakat berdamai.\n\nBaca juga : Putin telepon Pashinyan\n\nBaca juga: Putin Telepon Pashinyan"));
        assertEquals(List.of(), ExtractionBench.leaks(gold, "Rusia dan Armenia sepakat berdamai. Editor Faisal"));
    }
}
