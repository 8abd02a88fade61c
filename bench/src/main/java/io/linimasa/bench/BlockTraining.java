package io.linimasa.bench;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NoArticleFoundException;
import io.linimasa.normalise.score.BlockModel;
import io.linimasa.normalise.score.LogisticRegression;
import io.linimasa.normalise.segment.html.Charsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Training data for the block models from pages with a gold body: every block of a page is
 * labelled article text when its words stand in the gold body (nearly all its words, and most of
 * its word pairs), weighted by the square root of its length. Models are trained per front door:
 * the text model on the pages' text, the HTML model on the blocks the DOM extraction chose.
 */
final class BlockTraining {

    /** The examples of one page, for one front door. */
    record Examples(List<double[]> x, List<Boolean> y, List<Double> weight) {
    }

    private static final double WORDS_IN_GOLD = 0.8;
    private static final double PAIRS_IN_GOLD = 0.6;

    private BlockTraining() {
    }

    /** The examples of every page: index 0 the text path's, index 1 the HTML path's. */
    static List<Examples[]> examples(List<WcxbPages.Page> pages) {
        ArticleNormaliser rules = new ArticleNormaliser(null, null);
        List<Examples[]> all = new ArrayList<>();
        for (WcxbPages.Page page : pages) {
            Examples text = label(rules.textFeatures(page.text()), page.gold());
            Examples html;
            try {
                html = label(rules.htmlFeatures(Charsets.decode(page.html(), null)), page.gold());
            } catch (NoArticleFoundException e) {
                html = new Examples(List.of(), List.of(), List.of());
            }
            all.add(new Examples[] {text, html});
        }
        return all;
    }

    static Examples label(ArticleNormaliser.FeaturedBlocks page, String gold) {
        Map<String, Integer> goldWords = WordOverlap.words(gold);
        Set<String> goldPairs = pairs(gold);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        for (int i = 0; i < page.blocks().size(); i++) {
            String block = page.blocks().get(i);
            List<String> tokens = tokens(block);
            if (tokens.isEmpty()) {
                continue;
            }
            long inGold = tokens.stream().filter(goldWords::containsKey).count();
            List<String> blockPairs = new ArrayList<>(pairs(block));
            long pairsInGold = blockPairs.stream().filter(goldPairs::contains).count();
            boolean content = inGold >= WORDS_IN_GOLD * tokens.size()
                    && (blockPairs.size() < 3 || pairsInGold >= PAIRS_IN_GOLD * blockPairs.size());
            x.add(page.features()[i]);
            y.add(content);
            weight.add(Math.sqrt(tokens.size()));
        }
        return new Examples(x, y, weight);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        WordOverlap.words(text).forEach((word, count) -> {
            for (int i = 0; i < count; i++) {
                tokens.add(word);
            }
        });
        return tokens;
    }

    private static Set<String> pairs(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}_]+");
        Set<String> pairs = new HashSet<>();
        String last = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (last != null) {
                pairs.add(last + ' ' + w);
            }
            last = w;
        }
        return pairs;
    }

    /** A model fitted on the examples of the pages {@code use} takes, for one front door (0 text, 1 HTML). */
    static BlockModel fit(List<Examples[]> examples, int path, IntPredicate use) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (use.test(i)) {
                Examples e = examples.get(i)[path];
                x.addAll(e.x());
                y.addAll(e.y());
                weight.addAll(e.weight());
            }
        }
        return LogisticRegression.fit(x, y, weight);
    }

    /**
     * One normaliser per fold, each with models trained on the pages of the other folds (page i is
     * in fold i % folds); {@code folds} 0: one normaliser with the shipped models.
     */
    static List<ArticleNormaliser> normalisersByFold(List<WcxbPages.Page> pages, int folds) {
        if (folds == 0) {
            return List.of(new ArticleNormaliser());
        }
        List<Examples[]> examples = examples(pages);
        List<ArticleNormaliser> normalisers = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            IntPredicate others = i -> i % folds != f;
            normalisers.add(new ArticleNormaliser(fit(examples, 0, others), fit(examples, 1, others)));
        }
        return normalisers;
    }
}
