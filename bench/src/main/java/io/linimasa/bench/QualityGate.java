package io.linimasa.bench;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NoArticleFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality gate: a fast subset of the harnesses, each measure checked against the floor pinned
 * in {@code bench/gate-floors.tsv}; exits 1 when any floor is lost, so that a rule change that loses
 * ground cannot land silently. Measures: the seeds and the extraction dev set (fields exact, body
 * F1, leaks), AEB (the HTML extraction, one pass), and the first WCXB pages through both front doors
 * with the shipped block model (trained on them: a regression floor, not a figure to report).
 * <p>
 * Usage: {@code ./linimasa bench gate} (from {@code .ci/run}).
 */
public final class QualityGate {

    static final Path FLOORS = Path.of("bench", "gate-floors.tsv");
    private static final int WCXB_PAGES = 200;

    private QualityGate() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, Double> measured = measure();
        boolean lost = false;
        out.println("measure                         value      floor");
        for (String line : Files.readAllLines(FLOORS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String name = cells[0];
            boolean atMost = cells[1].startsWith("<=");
            double floor = Double.parseDouble(cells[1].replace("<=", "").replace(">=", ""));
            Double value = measured.get(name);
            boolean ok = value != null && (atMost ? value <= floor : value >= floor);
            lost |= !ok;
            out.printf(Locale.ROOT, "%-28s %8.3f   %s%-7.3f %s%n", name, value == null ? Double.NaN : value,
                    atMost ? "<= " : ">= ", floor, ok ? "ok" : "LOST");
        }
        for (Map.Entry<String, Double> e : measured.entrySet()) {
            if (!pinned(e.getKey())) {
                out.printf(Locale.ROOT, "%-28s %8.3f   (no floor pinned)%n", e.getKey(), e.getValue());
            }
        }
        if (lost) {
            out.println("quality gate: a floor was lost");
            System.exit(1);
        }
        out.println("quality gate: every floor holds");
    }

    private static boolean pinned(String name) throws IOException {
        return Files.readAllLines(FLOORS, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(name + "\t"));
    }

    static Map<String, Double> measure() throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        List<ExtractionBench.PageScore> dev = ExtractionBench.run(Path.of("bench/extraction/pages"),
                Path.of("bench/extraction/gold"), Path.of("seeds"), quiet);
        m.put("seeds.all_fields_exact", (double) dev.stream().filter(s -> s.seed() && s.allFieldsExact()).count());
        m.put("dev.all_fields_exact", (double) dev.stream().filter(ExtractionBench.PageScore::allFieldsExact).count());
        double p = dev.stream().mapToDouble(s -> s.body().precision()).average().orElse(0);
        double r = dev.stream().mapToDouble(s -> s.body().recall()).average().orElse(0);
        m.put("dev.body_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        m.put("dev.leaks", (double) dev.stream().mapToInt(s -> s.leaked().size()).sum());

        ArticleNormaliser normaliser = new ArticleNormaliser();
        Path aeb = Path.of("..", "shared", "bench", "aeb");
        if (Files.isDirectory(aeb)) {
            List<AebScorer.Counts> counts = new ArrayList<>();
            for (AebPages.Page page : AebPages.load(aeb)) {
                String body;
                try {
                    body = normaliser.extractHtml(page.html(), ArticleNormaliser.Hints.NONE).body();
                } catch (NoArticleFoundException e) {
                    body = "";
                }
                counts.add(AebScorer.match(page.truth(), body));
            }
            m.put("aeb.f1", AebScorer.metrics(counts).f1());
        }
        if (Files.isDirectory(WcxbPages.DEFAULT)) {
            List<WcxbPages.Page> pages = WcxbPages.load(WcxbPages.DEFAULT);
            pages = pages.subList(0, Math.min(WCXB_PAGES, pages.size()));
            double text = 0;
            double html = 0;
            for (WcxbPages.Page page : pages) {
                ArticleNormaliser.Hints hints = new ArticleNormaliser.Hints(page.url(), null);
                text += WordOverlap.score(page.gold(), body(() -> normaliser.extractText(page.text(), hints).body())).f1();
                html += WordOverlap.score(page.gold(), body(() -> normaliser.extractHtml(page.html(), null, hints).body())).f1();
            }
            m.put("wcxb200.text_f1", text / pages.size());
            m.put("wcxb200.html_f1", html / pages.size());
        }
        return m;
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
}
