package io.linimasa.bench;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.NormalisedArticle;
import io.linimasa.timeline.service.EventMerger;
import io.linimasa.timeline.store.StoredEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Timeline quality: the real normaliser's dated events against the gold events of
 * {@code bench/timeline/gold/}, and the real merge rules against the gold's same-event mentions.
 *
 * <p>Dates: an event is correct when its expression overlaps a gold expression of the same article
 * and its date and granularity are exactly the gold's. Precision is over the events the normaliser
 * dated, recall over the gold events that have a date; gold events without a date ("kemarin" in a
 * page that prints no publication time) must be found undated, and are counted apart.
 *
 * <p>Merging: the dated events of all articles go through {@link EventMerger#cluster} in article
 * order; every pair of events matched to gold is then a pair that should share an entry (same gold
 * event) or not. Printed: pairs missed, pairs wrongly merged, pairwise precision, recall and F1; the
 * sources shown with a date they did not give (cited by an entry whose date and granularity are not
 * their own, and not shown as a coarser mention of a date inside their own); the gold's coarser
 * mentions ({@code same-events.tsv}'s fourth column {@code coarser}) and how many are shown as such;
 * and the problems of every kind, counted.
 *
 * <p>Usage: {@code ./linimasa bench timeline [-v] [ARTICLES [GOLD]]}: the folders of the articles and of
 * their gold (default bench/timeline/articles and bench/timeline/gold); a single folder that holds
 * {@code articles/} and {@code gold/} names both.
 */
public final class TimelineBench {

    /** A gold event: where, what, and its index in reading order. */
    record Gold(String article, int index, String expression, String date, String granularity) {
        boolean dated() {
            return date != null;
        }

        String label() {
            return article + " [" + expression + "]";
        }
    }

    /** A found event of an article, with the gold event it was matched to (or null). */
    static final class Found {
        final String article;
        final DatedEvent event;
        final List<String> articleEntities;
        final String language;
        Gold gold;
        long id;

        Found(String article, DatedEvent event, List<String> articleEntities, String language) {
            this.article = article;
            this.event = event;
            this.articleEntities = articleEntities;
            this.language = language;
        }
    }

    private TimelineBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = false;
        List<Path> folders = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("--verbose")) {
                verbose = true;
            } else {
                folders.add(Path.of(arg));
            }
        }
        Path articlesDir = Path.of("bench", "timeline", "articles");
        Path goldDir = Path.of("bench", "timeline", "gold");
        if (folders.size() == 1 && Files.isDirectory(folders.get(0).resolve("articles"))) {
            articlesDir = folders.get(0).resolve("articles");
            goldDir = folders.get(0).resolve("gold");
        } else if (folders.size() == 2) {
            articlesDir = folders.get(0);
            goldDir = folders.get(1);
        } else if (!folders.isEmpty()) {
            throw new IllegalArgumentException("usage: TimelineBench [-v] [ARTICLES [GOLD]]");
        }
        List<Path> articles;
        try (Stream<Path> files = Files.list(articlesDir)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleNormaliser normaliser = new ArticleNormaliser();
        List<Found> allFound = new ArrayList<>();
        List<Gold> allGold = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        System.out.println("Dates (exact date and granularity; expression overlapping the gold's)");
        System.out.printf(Locale.ROOT, "%-34s %5s %5s %5s %7s %7s %7s %9s%n",
                "article", "gold", "found", "right", "P", "R", "F1", "undated");
        int totalGold = 0;
        int totalFound = 0;
        int totalRight = 0;
        int totalUndatedGold = 0;
        int totalUndatedRight = 0;
        for (Path file : articles) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            List<Gold> gold = readGold(goldDir.resolve(name + ".tsv"), name);
            List<Found> found = new ArrayList<>();
            NormalisedArticle article = normaliser.fromText(Files.readString(file), ArticleNormaliser.Hints.NONE);
            List<String> context = article.entities().stream()
                    .sorted(Comparator.comparingInt(EntityMention::mentions).reversed())
                    .limit(StoredEvent.ARTICLE_ENTITIES).map(EntityMention::name).toList();
            for (DatedEvent e : article.events()) {
                found.add(new Found(name, e, context, article.language()));
            }
            align(gold, found);
            int goldDated = (int) gold.stream().filter(Gold::dated).count();
            int foundDated = (int) found.stream().filter(f -> f.event.date() != null).count();
            int right = 0;
            int undatedGold = gold.size() - goldDated;
            int undatedRight = 0;
            for (Found f : found) {
                if (f.gold == null) {
                    if (f.event.date() != null) {
                        problems.add(problem("extra", name + " [" + f.event.expression() + "] " + dateOf(f.event)));
                    }
                    continue;
                }
                if (!f.gold.dated()) {
                    if (f.event.date() == null) {
                        undatedRight++;
                    } else {
                        problems.add(problem("dated", f.gold.label() + " gold undated, found " + dateOf(f.event)));
                    }
                } else if (f.gold.date().equals(f.event.date()) && f.gold.granularity().equals(String.valueOf(f.event.granularity()))) {
                    right++;
                } else {
                    problems.add(problem("wrong date", f.gold.label() + " gold " + f.gold.date() + " " + f.gold.granularity()
                            + ", found " + dateOf(f.event)));
                }
            }
            Set<Gold> matched = new HashSet<>();
            found.stream().filter(f -> f.gold != null).forEach(f -> matched.add(f.gold));
            for (Gold g : gold) {
                if (!matched.contains(g)) {
                    problems.add(problem("missed", g.label() + " gold " + (g.dated() ? g.date() + " " + g.granularity() : "undated")));
                }
            }
            printRow(name, goldDated, foundDated, right, undatedGold, undatedRight);
            totalGold += goldDated;
            totalFound += foundDated;
            totalRight += right;
            totalUndatedGold += undatedGold;
            totalUndatedRight += undatedRight;
            allFound.addAll(found);
            allGold.addAll(gold);
        }
        System.out.println("-".repeat(84));
        printRow("all", totalGold, totalFound, totalRight, totalUndatedGold, totalUndatedRight);

        merges(goldDir, allFound, allGold, problems, verbose);

        System.out.println();
        System.out.println("Problems by kind");
        Map<String, Integer> kinds = new TreeMap<>();
        for (String kind : PROBLEM_KINDS) {
            kinds.put(kind, 0);
        }
        problems.forEach(p -> kinds.merge(p.substring(0, KIND_WIDTH).strip(), 1, Integer::sum));
        kinds.forEach((kind, count) -> System.out.printf(Locale.ROOT, "  %-30s %d%n", kind, count));
        if (verbose || !problems.isEmpty()) {
            System.out.println();
            System.out.println(problems.isEmpty() ? "No problems." : "Problems:");
            problems.forEach(p -> System.out.println("  " + p));
        }
    }

    /** Every kind of problem the harness reports, each the first {@value #KIND_WIDTH} characters of its line. */
    private static final List<String> PROBLEM_KINDS = List.of("extra", "dated", "wrong date", "missed", "not merged", "merged",
            "date not given", "coarser not shown");
    private static final int KIND_WIDTH = 17;

    private static String problem(String kind, String detail) {
        return String.format(Locale.ROOT, "%-" + KIND_WIDTH + "s %s", kind, detail);
    }

    private static void printRow(String name, int gold, int found, int right, int undatedGold, int undatedRight) {
        double p = found == 0 ? 0 : (double) right / found;
        double r = gold == 0 ? 0 : (double) right / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%-34s %5d %5d %5d %7.3f %7.3f %7.3f %5d/%-3d%n",
                name, gold, found, right, p, r, f1, undatedRight, undatedGold);
    }

    private static String dateOf(DatedEvent e) {
        return e.date() == null ? "undated" : e.date() + " " + e.granularity();
    }

    /**
     * Pairs found events with gold events of the same article: in reading order, each gold event
     * takes the first unpaired found event whose expression overlaps its own, preferring one with
     * the gold's date.
     */
    static void align(List<Gold> gold, List<Found> found) {
        for (boolean needDate : new boolean[] {true, false}) {
            for (Gold g : gold) {
                if (found.stream().anyMatch(f -> f.gold == g)) {
                    continue;
                }
                for (Found f : found) {
                    if (f.gold == null && overlaps(g.expression(), f.event.expression())
                            && (!needDate || String.valueOf(g.date()).equals(String.valueOf(f.event.date())))) {
                        f.gold = g;
                        break;
                    }
                }
            }
        }
    }

    /** Whether two expressions overlap: one holds the other, or they share a word that is no mere preposition. */
    static boolean overlaps(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        Set<String> words = new HashSet<>(List.of(x.split("[^\\p{L}\\p{N}/]+")));
        words.removeAll(Set.of("", "pada", "hari", "tanggal", "on", "in", "the", "at", "di", "sejak", "since"));
        for (String w : y.split("[^\\p{L}\\p{N}/]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<Gold> readGold(Path file, String article) throws IOException {
        List<Gold> gold = new ArrayList<>();
        if (!Files.exists(file)) {
            throw new IllegalStateException("no gold file " + file);
        }
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException(file + ": expected expression, date, granularity: " + line);
            }
            boolean undated = cells[1].equals("-");
            gold.add(new Gold(article, gold.size(), cells[0], undated ? null : cells[1], undated ? null : cells[2]));
        }
        return gold;
    }

    private static void merges(Path goldDir, List<Found> found, List<Gold> gold, List<String> problems, boolean verbose)
            throws IOException {
        // The gold: which gold events are one real-world event, and which mentions report it coarser.
        Map<Gold, String> goldEvent = new HashMap<>();
        Set<Gold> goldCoarser = new HashSet<>();
        for (Gold g : gold) {
            goldEvent.put(g, g.article() + "#" + g.index());
        }
        for (String line : Files.readAllLines(goldDir.resolve("same-events.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String expression = cells[2];
            int occurrence = 1;
            if (expression.matches(".* #\\d+$")) {
                occurrence = Integer.parseInt(expression.substring(expression.lastIndexOf('#') + 1));
                expression = expression.substring(0, expression.lastIndexOf(" #"));
            }
            Gold target = null;
            int seen = 0;
            for (Gold g : gold) {
                if (g.article().equals(cells[1]) && g.expression().equals(expression) && ++seen == occurrence) {
                    target = g;
                    break;
                }
            }
            if (target == null) {
                throw new IllegalStateException("same-events.tsv names no gold event: " + line);
            }
            goldEvent.put(target, cells[0]);
            if (cells.length > 3 && cells[3].strip().equals("coarser")) {
                goldCoarser.add(target);
            } else if (cells.length > 3 && !cells[3].isBlank()) {
                throw new IllegalStateException("same-events.tsv: the fourth column is \"coarser\" or nothing: " + line);
            }
        }

        // The system: the real merge rules over the dated events, in article order.
        List<StoredEvent> events = new ArrayList<>();
        Map<Long, Found> byId = new HashMap<>();
        long id = 1;
        for (Found f : found) {
            DatedEvent e = f.event;
            if (e.date() == null) {
                continue;
            }
            f.id = id++;
            byId.put(f.id, f);
            events.add(new StoredEvent(f.id, f.article, e.date(), e.granularity().name(), e.start(), e.end(),
                    e.expression(), e.sentence(), f.language, e.entities(), f.articleEntities));
        }
        List<EventMerger.Cluster> clusters = EventMerger.cluster(events);
        Map<Found, Integer> entryOf = new HashMap<>();
        Map<Found, EventMerger.Mention> shownAs = new HashMap<>();
        int notGiven = 0;
        for (int i = 0; i < clusters.size(); i++) {
            EventMerger.Candidate entry = clusters.get(i).entry();
            for (StoredEvent e : clusters.get(i).events()) {
                Found f = byId.get(e.id());
                entryOf.put(f, i);
                EventMerger.Mention mention = EventMerger.mention(entry.dateValue(), entry.granularity(), e.dateValue(), e.granularity());
                shownAs.put(f, mention);
                boolean exact = mention == EventMerger.Mention.EXACT && e.dateValue().equals(entry.dateValue())
                        && e.granularity().equals(entry.granularity());
                boolean coarserHolding = mention == EventMerger.Mention.COARSER
                        && EventMerger.rank(e.granularity()) > EventMerger.rank(entry.granularity())
                        && !e.start().isAfter(entry.start()) && !e.end().isBefore(entry.end());
                if (!exact && !coarserHolding) {
                    notGiven++;
                    problems.add(problem("date not given", f.article + " [" + f.event.expression() + "] " + dateOf(f.event)
                            + " cited by an entry of " + entry.dateValue() + " " + entry.granularity()));
                }
            }
        }

        // Pairs of events matched to dated gold events.
        List<Found> scored = found.stream().filter(f -> f.gold != null && f.gold.dated() && entryOf.containsKey(f)).toList();
        int shouldAndDid = 0;
        int missed = 0;
        int wrong = 0;
        for (int i = 0; i < scored.size(); i++) {
            for (int j = i + 1; j < scored.size(); j++) {
                Found a = scored.get(i);
                Found b = scored.get(j);
                boolean should = goldEvent.get(a.gold).equals(goldEvent.get(b.gold));
                boolean did = entryOf.get(a).equals(entryOf.get(b));
                if (should && did) {
                    shouldAndDid++;
                } else if (should) {
                    missed++;
                    problems.add(problem("not merged", a.gold.label() + " + " + b.gold.label() + " (" + goldEvent.get(a.gold) + ")"
                            + (verbose ? "\n" + " ".repeat(KIND_WIDTH + 5) + evidenceOf(a, b, events, byId) : "")));
                } else if (did) {
                    wrong++;
                    problems.add(problem("merged", a.gold.label() + " + " + b.gold.label()
                            + (verbose ? "\n" + " ".repeat(KIND_WIDTH + 5) + evidenceOf(a, b, events, byId) : "")));
                }
            }
        }
        long goldEvents = scored.stream().map(f -> goldEvent.get(f.gold)).distinct().count();
        long entries = scored.stream().map(entryOf::get).distinct().count();
        double p = shouldAndDid + wrong == 0 ? 0 : (double) shouldAndDid / (shouldAndDid + wrong);
        double r = shouldAndDid + missed == 0 ? 0 : (double) shouldAndDid / (shouldAndDid + missed);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.println();
        System.out.println("Merging (EventMerger over all dated events; pairs of events matched to gold)");
        System.out.printf(Locale.ROOT, "%-34s %d events, %d real-world events, %d timeline entries (%d entries over all %d dated events)%n",
                "events", scored.size(), goldEvents, entries, clusters.size(), events.size());
        System.out.printf(Locale.ROOT, "%-34s %d%n", "pairs that should share an entry", shouldAndDid + missed);
        System.out.printf(Locale.ROOT, "%-34s %d%n", "  ... but do not (missed)", missed);
        System.out.printf(Locale.ROOT, "%-34s %d%n", "pairs wrongly merged", wrong);
        System.out.printf(Locale.ROOT, "%-34s P %.3f  R %.3f  F1 %.3f%n", "pairwise", p, r, f1);
        System.out.printf(Locale.ROOT, "%-34s %d of %d sources%n", "shown with a date not given", notGiven, events.size());
        int coarserShown = 0;
        for (Found f : scored) {
            boolean goldSays = goldCoarser.contains(f.gold);
            boolean shown = shownAs.get(f) == EventMerger.Mention.COARSER;
            if (goldSays && shown) {
                coarserShown++;
            } else if (goldSays) {
                problems.add(problem("coarser not shown", f.gold.label() + " (" + goldEvent.get(f.gold) + ")"));
            }
        }
        System.out.printf(Locale.ROOT, "%-34s %d of %d in the gold (%d shown coarser in all)%n", "coarser mentions shown",
                coarserShown, (int) scored.stream().filter(f -> goldCoarser.contains(f.gold)).count(),
                shownAs.values().stream().filter(m -> m == EventMerger.Mention.COARSER).count());

        if (verbose) {
            System.out.println();
            System.out.println("Entries");
            for (EventMerger.Cluster c : clusters) {
                Map<String, String> sources = new LinkedHashMap<>();
                for (StoredEvent e : c.events()) {
                    Found f = byId.get(e.id());
                    sources.put(f.article + " [" + f.event.expression() + "]", "");
                }
                System.out.printf(Locale.ROOT, "  %-10s %-6s %s%n", c.entry().dateValue(), c.entry().granularity(),
                        String.join("  +  ", sources.keySet()));
            }
        }
    }

    /** The rules' evidence for two scored events (verbose only): what a missed pair lacked. */
    private static String evidenceOf(Found a, Found b, List<StoredEvent> events, Map<Long, Found> byId) {
        StoredEvent x = events.stream().filter(e -> byId.get(e.id()) == a).findFirst().orElseThrow();
        StoredEvent y = events.stream().filter(e -> byId.get(e.id()) == b).findFirst().orElseThrow();
        return EventMerger.evidence(EventMerger.Source.of(x), EventMerger.Source.of(y)).toString();
    }
}
