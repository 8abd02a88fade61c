package io.linimasa.bench;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.EntityType;
import io.linimasa.normalise.NormalisedArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How well the normaliser reads text pages: runs {@link ArticleNormaliser#fromText} on every page of
 * {@code bench/extraction/pages} and scores it against {@code bench/extraction/gold/<page>.json}.
 * <p>
 * Per page: each metadata field exact or not (title; publishedAt as the same instant with the same
 * offset; outlet; authors and editors as sets; dateline; language), the body's precision and recall
 * on word 4-gram shingles exactly as the public benchmark's {@code evaluate.py} computes them
 * ({@link ExtractionShingles}), boilerplate leaks (gold boilerplate lines whose words stand in our
 * body, in a row), and entity precision and recall on the set of canonical names (also per type). Then the totals,
 * for all pages, for the seeds (pages that are also in {@code seeds/}) and for the others.
 * <p>
 * Usage: {@code ./linimasa bench extraction [--verbose] [pagesDir goldDir]}; {@code --verbose} adds
 * every mismatch (expected and got, missing and extra paragraphs, leaked lines, entities).
 */
public final class ExtractionBench {

    static final List<String> FIELDS = List.of("title", "date", "outlet", "authors", "editors", "dateline", "lang");
    private static final int SNIPPET = 60;

    /** The scores of one page. */
    record PageScore(
            String page,
            boolean seed,
            ExtractionGold gold,
            NormalisedArticle got,
            String error,
            Map<String, Boolean> fields,
            ExtractionShingles.Counts body,
            List<String> leaked,
            ExtractionShingles.Counts entities,
            Map<EntityType, ExtractionShingles.Counts> entitiesByType) {

        boolean allFieldsExact() {
            return fields.values().stream().allMatch(Boolean::booleanValue);
        }
    }

    private ExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = false;
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--verbose") || arg.equals("-v")) {
                verbose = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println("usage: ./linimasa bench extraction [--verbose] [pagesDir goldDir]");
                return;
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 0 && positional.size() != 2) {
            System.err.println("usage: ./linimasa bench extraction [--verbose] [pagesDir goldDir]");
            System.exit(2);
        }
        Path pagesDir = Path.of(positional.isEmpty() ? "bench/extraction/pages" : positional.get(0));
        Path goldDir = Path.of(positional.isEmpty() ? "bench/extraction/gold" : positional.get(1));
        for (Path dir : List.of(pagesDir, goldDir)) {
            if (!Files.isDirectory(dir)) {
                System.err.println("extraction bench: no directory " + dir.toAbsolutePath());
                System.exit(2);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<PageScore> scores = run(pagesDir, goldDir, Path.of("seeds"), out);
        printTable(scores, out);
        printTotals(scores, out);
        if (verbose) {
            printMismatches(scores, out);
        } else {
            out.println();
            out.println("(--verbose prints every mismatch)");
        }
    }

    static List<PageScore> run(Path pagesDir, Path goldDir, Path seedsDir, PrintStream out) throws IOException {
        ArticleNormaliser normaliser = new ArticleNormaliser();
        List<PageScore> scores = new ArrayList<>();
        for (Path page : list(pagesDir, ".txt")) {
            String name = baseName(page);
            Path goldFile = goldDir.resolve(name + ".json");
            if (!Files.exists(goldFile)) {
                out.println("no gold for " + page + ": skipped");
                continue;
            }
            ExtractionGold gold = ExtractionGold.read(goldFile);
            String text = Files.readString(page, StandardCharsets.UTF_8);
            boolean seed = Files.exists(seedsDir.resolve(page.getFileName()));
            scores.add(score(name, seed, text, gold, normaliser));
        }
        for (Path goldFile : list(goldDir, ".json")) {
            if (!Files.exists(pagesDir.resolve(baseName(goldFile) + ".txt"))) {
                out.println("gold without a page: " + goldFile);
            }
        }
        return scores;
    }

    static PageScore score(String name, boolean seed, String text, ExtractionGold gold, ArticleNormaliser normaliser) {
        NormalisedArticle got;
        String error = null;
        try {
            got = normaliser.fromText(text, ArticleNormaliser.Hints.NONE);
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            got = new NormalisedArticle(null, null, null, List.of(), List.of(), null, null, List.of(), List.of(), List.of());
        }
        Map<String, Boolean> fields = new LinkedHashMap<>();
        fields.put("title", Objects.equals(clean(gold.title()), clean(got.title())));
        fields.put("date", sameTime(gold.publishedAtValue(), got.publishedAt()));
        fields.put("outlet", Objects.equals(clean(gold.outlet()), clean(got.outlet())));
        fields.put("authors", cleanSet(gold.authors()).equals(cleanSet(got.authors())));
        fields.put("editors", cleanSet(gold.editors()).equals(cleanSet(got.editors())));
        fields.put("dateline", Objects.equals(clean(gold.dateline()), clean(got.dateline())));
        fields.put("lang", Objects.equals(gold.language(), got.language()));
        String body = got.body();
        return new PageScore(name, seed, gold, got, error, fields,
                ExtractionShingles.match(gold.bodyText(), body),
                leaks(gold, body),
                setCounts(goldEntityNames(gold), gotEntityNames(got)),
                EntityTypeScores.of(gold, got, ExtractionBench::clean));
    }

    /** Same instant and same printed offset; both absent is a match. */
    static boolean sameTime(OffsetDateTime expected, OffsetDateTime got) {
        if (expected == null || got == null) {
            return expected == got;
        }
        return expected.isEqual(got) && expected.getOffset().equals(got.getOffset());
    }

    /** Gold boilerplate lines whose words stand in a row in our body (and not in the gold body). */
    static List<String> leaks(ExtractionGold gold, String body) {
        List<String> bodyTokens = ExtractionShingles.tokenize(body);
        List<String> goldTokens = ExtractionShingles.tokenize(gold.bodyText());
        List<String> leaked = new ArrayList<>();
        for (String line : gold.boilerplate()) {
            List<String> tokens = ExtractionShingles.tokenize(line);
            if (!tokens.isEmpty() && Collections.indexOfSubList(bodyTokens, tokens) >= 0
                    && Collections.indexOfSubList(goldTokens, tokens) < 0) {
                leaked.add(line);
            }
        }
        return leaked;
    }

    /** TP/FP/FN of two sets of names, for precision and recall with evaluate.py's rules. */
    static ExtractionShingles.Counts setCounts(Set<String> expected, Set<String> got) {
        long tp = got.stream().filter(expected::contains).count();
        return new ExtractionShingles.Counts(tp, got.size() - tp, expected.size() - tp);
    }

    private static Set<String> goldEntityNames(ExtractionGold gold) {
        return gold.entities().stream().map(e -> clean(e.name())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> gotEntityNames(NormalisedArticle got) {
        return got.entities().stream().map(e -> clean(e.name())).collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- printing

    private static void printTable(List<PageScore> scores, PrintStream out) {
        int width = Math.max(4, scores.stream().mapToInt(s -> s.page().length()).max().orElse(4));
        StringBuilder header = new StringBuilder(pad("page", width));
        for (String field : FIELDS) {
            header.append(' ').append(field);
        }
        header.append("  body P  body R  body F1  leaks  ent P  ent R");
        out.println(header);
        for (PageScore s : scores) {
            StringBuilder row = new StringBuilder(pad(s.page(), width));
            for (String field : FIELDS) {
                row.append(' ').append(pad(s.fields().get(field) ? "✓" : "✗", field.length()));
            }
            row.append("  ").append(pad(score(s.body(), true), 6))
                    .append("  ").append(pad(score(s.body(), false), 6))
                    .append("  ").append(pad(fmt(s.body().f1()), 7))
                    .append("  ").append(pad(Integer.toString(s.leaked().size()), 5))
                    .append("  ").append(pad(score(s.entities(), true), 5))
                    .append("  ").append(pad(score(s.entities(), false), 5));
            if (s.error() != null) {
                row.append("  ").append(s.error());
            }
            out.println(row.toString().stripTrailing());
        }
    }

    /** A page's precision (or recall), "-" where evaluate.py leaves the page out of the mean. */
    private static String score(ExtractionShingles.Counts c, boolean precision) {
        if (precision) {
            return c.tp() + c.fp() > 0 ? fmt(c.precision()) : "-";
        }
        return c.tp() + c.fn() > 0 ? fmt(c.recall()) : "-";
    }

    private static void printTotals(List<PageScore> scores, PrintStream out) {
        List<List<PageScore>> groups = List.of(
                scores,
                scores.stream().filter(PageScore::seed).toList(),
                scores.stream().filter(Predicate.not(PageScore::seed)).toList());
        List<String> names = List.of("all (" + groups.get(0).size() + ")", "seeds (" + groups.get(1).size() + ")",
                "other pages (" + groups.get(2).size() + ")");
        out.println();
        StringBuilder header = new StringBuilder(pad("totals", 28));
        names.forEach(n -> header.append(pad(n, 18)));
        out.println(header.toString().stripTrailing());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("title", "title exact");
        labels.put("date", "publishedAt exact");
        labels.put("outlet", "outlet exact");
        labels.put("authors", "authors exact");
        labels.put("editors", "editors exact");
        labels.put("dateline", "dateline exact");
        labels.put("lang", "language exact");
        for (Map.Entry<String, String> field : labels.entrySet()) {
            StringBuilder row = new StringBuilder(pad(field.getValue(), 28));
            for (List<PageScore> group : groups) {
                long exact = group.stream().filter(s -> s.fields().get(field.getKey())).count();
                row.append(pad(group.isEmpty() ? "-" : exact + "/" + group.size() + " " + percent(exact, group.size()), 18));
            }
            out.println(row.toString().stripTrailing());
        }
        StringBuilder allFields = new StringBuilder(pad("all 7 fields exact", 28));
        for (List<PageScore> group : groups) {
            long exact = group.stream().filter(PageScore::allFieldsExact).count();
            allFields.append(pad(group.isEmpty() ? "-" : exact + "/" + group.size() + " " + percent(exact, group.size()), 18));
        }
        out.println(allFields.toString().stripTrailing());
        List<ExtractionShingles.Means> body = groups.stream()
                .map(g -> ExtractionShingles.means(g.stream().map(PageScore::body).toList())).toList();
        List<ExtractionShingles.Means> entities = groups.stream()
                .map(g -> ExtractionShingles.means(g.stream().map(PageScore::entities).toList())).toList();
        out.println(row("body precision (mean)", body.stream().map(m -> fmt(m.precision())).toList()));
        out.println(row("body recall (mean)", body.stream().map(m -> fmt(m.recall())).toList()));
        out.println(row("body F1 (from the means)", body.stream().map(m -> fmt(m.f1())).toList()));
        out.println(row("boilerplate leaks (lines)", groups.stream()
                .map(g -> Integer.toString(g.stream().mapToInt(s -> s.leaked().size()).sum())).toList()));
        out.println(row("entity precision (mean)", entities.stream().map(m -> fmt(m.precision())).toList()));
        out.println(row("entity recall (mean)", entities.stream().map(m -> fmt(m.recall())).toList()));
        EntityTypeScores.rows(groups.stream().map(g -> g.stream().map(PageScore::entitiesByType).toList()).toList(),
                cells -> row("", cells).substring(28)).forEach(out::println);
        out.println(row("normaliser errors", groups.stream()
                .map(g -> Long.toString(g.stream().filter(s -> s.error() != null).count())).toList()));
    }

    private static String row(String label, List<String> cells) {
        StringBuilder row = new StringBuilder(pad(label, 28));
        cells.forEach(c -> row.append(pad(c, 18)));
        return row.toString().stripTrailing();
    }

    private static void printMismatches(List<PageScore> scores, PrintStream out) {
        out.println();
        out.println("Mismatches (expected = gold, got = normaliser)");
        for (PageScore s : scores) {
            List<String> lines = mismatches(s);
            if (lines.isEmpty()) {
                continue;
            }
            out.println();
            out.println("--- " + s.page());
            lines.forEach(line -> out.println("  " + line));
        }
    }

    static List<String> mismatches(PageScore s) {
        List<String> lines = new ArrayList<>();
        ExtractionGold gold = s.gold();
        NormalisedArticle got = s.got();
        if (s.error() != null) {
            lines.add("error     " + s.error());
        }
        field(lines, s, "title", quote(gold.title()), quote(got.title()));
        field(lines, s, "date", String.valueOf(gold.publishedAt()), String.valueOf(got.publishedAt()));
        field(lines, s, "outlet", quote(gold.outlet()), quote(got.outlet()));
        field(lines, s, "authors", quoteAll(gold.authors()), quoteAll(got.authors()));
        field(lines, s, "editors", quoteAll(gold.editors()), quoteAll(got.editors()));
        field(lines, s, "dateline", quote(gold.dateline()), quote(got.dateline()));
        field(lines, s, "lang", quote(gold.language()), quote(got.language()));

        List<String> expected = gold.body().stream().map(ExtractionBench::clean).toList();
        List<String> ours = got.paragraphs().stream().map(ExtractionBench::clean).toList();
        Map<String, Integer> left = new LinkedHashMap<>();
        expected.forEach(p -> left.merge(p, 1, Integer::sum));
        List<String> extra = new ArrayList<>();
        for (String p : ours) {
            if (left.getOrDefault(p, 0) > 0) {
                left.merge(p, -1, Integer::sum);
            } else {
                extra.add(p);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String p : expected) {
            if (left.getOrDefault(p, 0) > 0) {
                left.merge(p, -1, Integer::sum);
                missing.add(p);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "body      P %s R %s F1 %s; %d paragraphs expected, %d got",
                    score(s.body(), true), score(s.body(), false), fmt(s.body().f1()), expected.size(), ours.size()));
            missing.forEach(p -> lines.add("  missing - " + snippet(p)));
            extra.forEach(p -> lines.add("  extra   + " + snippet(p) + (expected.contains(p) ? "   (again)" : "")));
        } else if (!expected.equals(ours)) {
            lines.add("body      the right paragraphs in another order");
        }
        s.leaked().forEach(line -> lines.add("leak      " + snippet(clean(line))));

        Set<String> goldNames = goldEntityNames(gold);
        Set<String> gotNames = gotEntityNames(got);
        Set<String> missingNames = new TreeSet<>(goldNames);
        missingNames.removeAll(gotNames);
        Set<String> extraNames = new TreeSet<>(gotNames);
        extraNames.removeAll(goldNames);
        if (!missingNames.isEmpty()) {
            lines.add("entities  missing " + String.join(", ", missingNames));
        }
        if (!extraNames.isEmpty()) {
            lines.add("entities  extra   " + String.join(", ", extraNames));
        }
        Map<String, String> goldTypes = new LinkedHashMap<>();
        gold.entities().forEach(e -> goldTypes.put(clean(e.name()), e.type()));
        List<String> wrongTypes = new ArrayList<>();
        for (EntityMention e : got.entities()) {
            String expectedType = goldTypes.get(clean(e.name()));
            if (expectedType != null && e.type() != null && !expectedType.equals(e.type().name())) {
                wrongTypes.add(e.name() + " " + e.type() + " (expected " + expectedType + ")");
            }
        }
        if (!wrongTypes.isEmpty()) {
            lines.add("entities  type    " + String.join(", ", wrongTypes));
        }
        return lines;
    }

    private static void field(List<String> lines, PageScore s, String field, String expected, String got) {
        if (!s.fields().get(field)) {
            lines.add(pad(field, 9) + " expected " + expected);
            lines.add(pad("", 9) + " got      " + got);
        }
    }

    // ---- small helpers

    /** Whitespace (no-break spaces too) collapsed to one space, trimmed; null stays null. */
    static String clean(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+", " ").strip();
    }

    private static Set<String> cleanSet(Collection<String> values) {
        Set<String> set = new LinkedHashSet<>();
        values.forEach(v -> set.add(clean(v)));
        return set;
    }

    private static String snippet(String s) {
        return "\"" + (s.length() > SNIPPET ? s.substring(0, SNIPPET) + "…" : s) + "\"";
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static String quoteAll(List<String> values) {
        return values.stream().map(ExtractionBench::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
