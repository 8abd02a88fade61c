package io.linimasa.bench;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NoArticleFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * WCXB's development split through both front doors: the text path ({@code extractText} on
 * {@code text/NNNN.txt.gz}) and the HTML path ({@code extractHtml} on {@code html/NNNN.html.gz}),
 * beside the whole page text, scored with WCXB's word metric ({@link WordOverlap}). The block
 * model is trained on these pages, so each page is scored by the model of the other folds
 * (k-fold cross-validation, one site per page: folds of pages are folds of sites); {@code --shipped}
 * scores with the shipped model instead, which was trained on every page (not a fair figure).
 * <p>
 * Usage: {@code ./linimasa bench wcxb [--folds K | --shipped | --rules] [--limit N] [--verbose] [DIR]};
 * {@code --rules}: without a block model, the rules alone.
 */
public final class WcxbBench {

    /** A page yielding less than this F1 is a near-total miss. */
    private static final double MISS = 0.2;

    private WcxbBench() {
    }

    public static void main(String[] args) throws IOException {
        int folds = 5;
        boolean shipped = false;
        boolean rulesOnly = false;
        boolean verbose = false;
        int limit = Integer.MAX_VALUE;
        Path dir = WcxbPages.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--shipped" -> shipped = true;
                case "--rules" -> rulesOnly = true;
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--verbose", "-v" -> verbose = true;
                default -> dir = Path.of(args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<WcxbPages.Page> pages = WcxbPages.load(dir);
        pages = pages.subList(0, Math.min(limit, pages.size()));
        out.printf(Locale.ROOT, "WCXB dev: %d article pages from %s; %s%n", pages.size(), dir,
                rulesOnly ? "the rules alone, no block model" : shipped ? "scored with the shipped block model (trained on these pages)"
                        : folds + "-fold cross-validated block model");
        List<ArticleNormaliser> byFold = rulesOnly ? List.of(new ArticleNormaliser(null, null))
                : BlockTraining.normalisersByFold(pages, shipped ? 0 : folds);
        Function<Integer, ArticleNormaliser> normaliser = i -> byFold.get(byFold.size() == 1 ? 0 : i % byFold.size());

        List<WordOverlap.Score> whole = new ArrayList<>();
        List<WordOverlap.Score> text = new ArrayList<>();
        List<WordOverlap.Score> html = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            WcxbPages.Page page = pages.get(i);
            ArticleNormaliser.Hints hints = new ArticleNormaliser.Hints(page.url(), null);
            ArticleNormaliser n = normaliser.apply(i);
            whole.add(WordOverlap.score(page.gold(), page.text()));
            WordOverlap.Score t = WordOverlap.score(page.gold(), body(() -> n.extractText(page.text(), hints).body()));
            WordOverlap.Score h = WordOverlap.score(page.gold(), body(() -> n.extractHtml(page.html(), null, hints).body()));
            text.add(t);
            html.add(h);
            if (verbose) {
                out.printf(Locale.ROOT, "%s  text %.3f  html %.3f  %s%n", page.id(), t.f1(), h.f1(), page.url());
            }
        }
        out.println();
        out.println("path                 precision   recall       F1   misses (F1 < " + MISS + ")");
        row(out, "whole page text", whole);
        row(out, "text path", text);
        row(out, "HTML path", html);
        out.println();
        out.println("Means over pages of WCXB's word metric (\\w+ tokens, lower case, with repeats); published on these");
        out.println("pages: rs-trafilatura 0.932, Trafilatura 0.926, Readability 0.825 (HTML).");
    }

    private interface Body {
        String get();
    }

    private static String body(Body body) {
        try {
            return body.get();
        } catch (NoArticleFoundException e) {
            return "";
        }
    }

    private static void row(PrintStream out, String name, List<WordOverlap.Score> scores) {
        double p = scores.stream().mapToDouble(WordOverlap.Score::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(WordOverlap.Score::recall).average().orElse(0);
        double f = scores.stream().mapToDouble(WordOverlap.Score::f1).average().orElse(0);
        long misses = scores.stream().filter(s -> s.f1() < MISS).count();
        out.printf(Locale.ROOT, "%-20s %9.3f %8.3f %8.3f   %d%n", name, p, r, f, misses);
    }
}
