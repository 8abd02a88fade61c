package io.linimasa.bench;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NoArticleFoundException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Text-path speed on 4 KB pages, in pages per second of one core (the thread's CPU time, steady on
 * a shared machine): the extraction with the block model, the rules alone (the baseline, measured
 * in the same run), and the whole ingest normalisation with entities and dated events. Pages are
 * the extraction bench's pages and WCXB's text pages, each cut to its first 4 KB at a line end.
 * <p>
 * Usage: {@code ./linimasa bench speed [--rounds N]}.
 */
public final class SpeedBench {

    private static final int PAGE_BYTES = 4096;
    private static final int WARM_UP = 2;

    private SpeedBench() {
    }

    private record Tool(String name, Function<String, Object> run) {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 5;
        List<String> pages = pages();
        ArticleNormaliser withModel = new ArticleNormaliser();
        ArticleNormaliser rules = new ArticleNormaliser(null, null);
        List<Tool> tools = List.of(
                new Tool("rules alone (baseline)", page -> rules.extractText(page, ArticleNormaliser.Hints.NONE)),
                new Tool("extraction with model", page -> withModel.extractText(page, ArticleNormaliser.Hints.NONE)),
                new Tool("with enrichment", page -> withModel.fromText(page, ArticleNormaliser.Hints.NONE)));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] rates = new double[tools.size()][rounds];
        for (int round = -WARM_UP; round < rounds; round++) {
            for (int t = 0; t < tools.size(); t++) {
                long start = threads.getCurrentThreadCpuTime();
                for (String page : pages) {
                    try {
                        tools.get(t).run().apply(page);
                    } catch (NoArticleFoundException e) {
                        // a page without an article costs its time all the same
                    }
                }
                double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
                if (round >= 0) {
                    rates[t][round] = pages.size() / seconds;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Text path: %d pages of at most %d bytes, %d timed rounds after %d warm-up%n%n",
                pages.size(), PAGE_BYTES, rounds, WARM_UP);
        System.out.println("path                          pages/s per core   vs baseline");
        double baseline = median(rates[0]);
        for (int t = 0; t < tools.size(); t++) {
            double rate = median(rates[t]);
            System.out.printf(Locale.ROOT, "%-30s %16.0f %12.2fx%n", tools.get(t).name(), rate, rate / baseline);
        }
        System.out.println();
        System.out.println("pages/s per core: the median round, by the thread's CPU time. Goal: 2,000 pages/s per core.");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<String> pages() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bench", "extraction", "pages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (Files.isDirectory(WcxbPages.DEFAULT)) {
            WcxbPages.load(WcxbPages.DEFAULT).stream().limit(300).forEach(p -> texts.add(p.text()));
        }
        List<String> pages = new ArrayList<>();
        for (String text : texts) {
            String cut = cut(text);
            if (!cut.isBlank()) {
                pages.add(cut);
            }
        }
        return pages;
    }

    /** The page's first 4 KB (UTF-8), ending at a line end. */
    private static String cut(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= PAGE_BYTES) {
            return text;
        }
        String head = new String(bytes, 0, PAGE_BYTES, StandardCharsets.UTF_8);
        int end = head.lastIndexOf('\n');
        return end > 0 ? head.substring(0, end) : head;
    }
}
