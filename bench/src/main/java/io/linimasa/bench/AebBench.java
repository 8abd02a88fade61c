package io.linimasa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ScrapingHub article extraction benchmark (181 real pages with hand-written bodies): our
 * extractor, Readability4J and boilerpipe in one run on the same pages, scored with the metric of the
 * benchmark's evaluate.py, timed in interleaved rounds (median pages per second, ratio to
 * Readability4J), with the published outputs of other tools scored alongside for reference.
 *
 * <pre>
 * ./linimasa bench aeb [FOLDER] [--rounds N] [--warmup N] [--only TOOL] [--verbose [N]]
 *                      [--page ID] [--write FILE]
 * </pre>
 * FOLDER defaults to /work/shared/bench/aeb. --write stores our outputs in the shape of
 * output/*.json, for evaluate.py to score them too.
 */
public final class AebBench {

    private static final Path DEFAULT_FOLDER = Path.of("/work/shared/bench/aeb");
    private static final int BOOTSTRAP = 200;

    private AebBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = DEFAULT_FOLDER;
        int rounds = 5;
        int warmup = 2;
        int verbose = 0;
        String only = null;
        String page = null;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--page" -> page = args[++i];
                case "--write" -> write = Path.of(args[++i]);
                case "--verbose" -> verbose = i + 1 < args.length && args[i + 1].matches("\\d+")
                        ? Integer.parseInt(args[++i]) : 15;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    folder = Path.of(args[i]);
                }
            }
        }
        List<AebPages.Page> pages = AebPages.load(folder);
        List<AebTools.Tool> tools = new ArrayList<>();
        for (AebTools.Tool tool : AebTools.all()) {
            if (only == null || tool.name().equalsIgnoreCase(only)) {
                tools.add(tool);
            }
        }
        if (page != null) {
            showPage(pages, page, tools.get(0));
            return;
        }
        long bytes = pages.stream().mapToLong(p -> p.html().length()).sum();
        System.out.printf(Locale.ROOT, "AEB: %d pages (%.1f MB of HTML) from %s; %d warm-up and %d timed rounds, interleaved%n",
                pages.size(), bytes / 1e6, folder, warmup, rounds);

        Map<String, Run> runs = measure(pages, tools, warmup, rounds);
        Run readability = runs.get(AebTools.READABILITY);
        double readabilityRate = readability == null ? Double.NaN : readability.pagesPerSecond();
        double readabilityCpuRate = readability == null ? Double.NaN : readability.cpuPagesPerSecond();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %9s %9s %9s %7s %9s %8s %9s %8s %6s%n",
                "tool", "precision", "recall", "F1", "± F1", "pages/s", "vs R4J", "cpu p/s", "vs R4J", "failed");
        for (Run run : runs.values()) {
            List<AebScorer.Counts> counts = score(pages, run.outputs());
            AebScorer.Metrics m = AebScorer.metrics(counts);
            System.out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %7.3f %9.1f %7.2fx %9.1f %7.2fx %6d%n",
                    run.tool(), m.precision(), m.recall(), m.f1(), AebScorer.f1Deviation(counts, BOOTSTRAP, 1),
                    run.pagesPerSecond(), run.pagesPerSecond() / readabilityRate,
                    run.cpuPagesPerSecond(), run.cpuPagesPerSecond() / readabilityCpuRate, run.failures());
        }
        System.out.println("pages/s: median of the timed rounds by the clock; cpu p/s: by the thread's CPU time (steadier on a");
        System.out.println("busy machine). Each round runs every tool on every page, tools in rotating order.");
        System.out.println(AebTools.OURS + ": our extractor (ArticleNormaliser.extractHtml: DOM extraction, then the shared text rules);");
        System.out.println(AebTools.OURS_EXTRACTION + ": the DOM extraction alone (HtmlBlocks); " + AebTools.OURS_FULL
                + ": the whole ingest normalisation (fromHtml: extraction, then entities and dated events).");

        printPublished(folder, pages);

        Run ours = runs.get(AebTools.OURS);
        if (ours != null && verbose > 0) {
            printWorst(pages, ours.outputs(), verbose);
        }
        if (ours != null && write != null) {
            writeOutputs(pages, ours.outputs(), write);
            System.out.println("\nwrote " + write);
        }
    }

    /** One tool's outputs (first timed round) and its median speed, by the clock and by its thread's CPU time. */
    record Run(String tool, List<String> outputs, double pagesPerSecond, double cpuPagesPerSecond, int failures) {
    }

    private static Map<String, Run> measure(List<AebPages.Page> pages, List<AebTools.Tool> tools, int warmup, int rounds) {
        int n = tools.size();
        long[][] nanos = new long[n][rounds];
        long[][] cpu = new long[n][rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<List<String>> outputs = new ArrayList<>();
        int[] failures = new int[n];
        for (int t = 0; t < n; t++) {
            outputs.add(new ArrayList<>());
        }
        for (int w = 0; w < warmup; w++) {
            for (AebTools.Tool tool : tools) {
                runAll(pages, tool, null);
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n; k++) {
                int t = (r + k) % n;
                List<String> out = r == 0 ? outputs.get(t) : null;
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                int failed = runAll(pages, tools.get(t), out);
                nanos[t][r] = System.nanoTime() - start;
                cpu[t][r] = threads.getCurrentThreadCpuTime() - startCpu;
                if (r == 0) {
                    failures[t] = failed;
                }
            }
        }
        Map<String, Run> runs = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            runs.put(tools.get(t).name(), new Run(tools.get(t).name(), outputs.get(t),
                    pages.size() / (median(nanos[t]) / 1e9), pages.size() / (median(cpu[t]) / 1e9), failures[t]));
        }
        return runs;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static int runAll(List<AebPages.Page> pages, AebTools.Tool tool, List<String> out) {
        int failed = 0;
        for (AebPages.Page p : pages) {
            String text;
            try {
                text = tool.extract(p.url(), p.html());
            } catch (Exception | StackOverflowError e) {
                text = "";
                failed++;
            }
            if (out != null) {
                out.add(text);
            }
        }
        return failed;
    }

    private static List<AebScorer.Counts> score(List<AebPages.Page> pages, List<String> outputs) {
        List<AebScorer.Counts> counts = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            counts.add(AebScorer.match(pages.get(i).truth(), outputs.get(i)));
        }
        return counts;
    }

    /** The published outputs of output/*.json, scored here with the same metric, best first. */
    private static void printPublished(Path folder, List<AebPages.Page> pages) throws IOException {
        Path dir = folder.resolve("output");
        if (!Files.isDirectory(dir)) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        record Row(String name, AebScorer.Metrics metrics) {
        }
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = json.readTree(file.toFile());
                JsonNode output = root.size() == 2 && root.has("version") && root.path("output").isObject() ? root.get("output") : root;
                List<String> texts = new ArrayList<>();
                for (AebPages.Page p : pages) {
                    texts.add(output.path(p.id()).path("articleBody").asText(""));
                }
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                rows.add(new Row(name, AebScorer.metrics(score(pages, texts))));
            }
        }
        rows.sort(Comparator.comparingDouble((Row r) -> r.metrics().f1()).reversed());
        System.out.println("\nPublished outputs of other tools on the same pages (" + dir + "), same metric:");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f%n",
                    row.name(), row.metrics().precision(), row.metrics().recall(), row.metrics().f1());
        }
    }

    private static void printWorst(List<AebPages.Page> pages, List<String> outputs, int count) {
        List<Integer> order = new ArrayList<>();
        List<AebScorer.Counts> counts = score(pages, outputs);
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> counts.get(i).f1()));
        System.out.println("\nWorst pages of " + AebTools.OURS + " (F1, precision, recall; text it added [+], text it missed [-]):");
        for (int i : order.subList(0, Math.min(count, order.size()))) {
            AebPages.Page p = pages.get(i);
            AebScorer.Counts c = counts.get(i);
            System.out.printf(Locale.ROOT, "%n%.3f  P %.3f  R %.3f  %s  %s%n", c.f1(), c.precision(), c.recall(),
                    p.id().substring(0, 12), p.url());
            for (String run : unmatched(outputs.get(i), p.truth())) {
                System.out.println("  [+] " + run);
            }
            for (String run : unmatched(p.truth(), outputs.get(i))) {
                System.out.println("  [-] " + run);
            }
        }
    }

    /** The stretches of {@code text} (at least four tokens) none of whose shingles occurs in {@code other}. */
    static List<String> unmatched(String text, String other) {
        List<String> tokens = AebScorer.tokens(text);
        Set<String> known = new HashSet<>(AebScorer.shingles(other).keySet());
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            if (known.contains(String.join(" ", tokens.subList(i, i + 4)))) {
                Arrays.fill(covered, i, i + 4, true);
            }
        }
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean gap = i < tokens.size() && !covered[i];
            if (gap && start < 0) {
                start = i;
            } else if (!gap && start >= 0) {
                if (i - start >= 4) {
                    String run = String.join(" ", tokens.subList(start, i));
                    runs.add((i - start) + " words: " + (run.length() > 300 ? run.substring(0, 300) + " ..." : run));
                }
                start = -1;
            }
        }
        return runs.size() > 8 ? runs.subList(0, 8) : runs;
    }

    private static void showPage(List<AebPages.Page> pages, String prefix, AebTools.Tool tool) throws Exception {
        for (AebPages.Page p : pages) {
            if (p.id().startsWith(prefix)) {
                String out = tool.extract(p.url(), p.html());
                AebScorer.Counts c = AebScorer.match(p.truth(), out);
                System.out.printf(Locale.ROOT, "%s %s%nF1 %.3f P %.3f R %.3f%n%n=== %s ===%n%s%n%n=== truth ===%n%s%n",
                        p.id(), p.url(), c.f1(), c.precision(), c.recall(), tool.name(), out, p.truth());
                return;
            }
        }
        throw new IllegalArgumentException("no page " + prefix);
    }

    private static void writeOutputs(List<AebPages.Page> pages, List<String> outputs, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        for (int i = 0; i < pages.size(); i++) {
            root.putObject(pages.get(i).id()).put("articleBody", outputs.get(i));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
