package io.linimasa.timeline.service;

import io.linimasa.timeline.store.StoredEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge rules in one place: which timeline entry an event belongs to. The worker applies them
 * one event at a time against the entries stored so far; {@link #cluster} applies them to a list of
 * events in memory (a rebuild, the benchmark), with the same result.
 *
 * <p>An event joins an entry when
 * <ul>
 * <li>their dates agree at the finest granularity both have: the same date at the same granularity,
 *     or the finer date inside the coarser one, at most two steps apart (a day in its week or month,
 *     a month in its year, a year in its decade; not a day in a year). The entry keeps the finer date
 *     and the summary of the event that gave it: "31 Oktober 2020" says more than "Oktober 2020";</li>
 * <li>and they speak of the same thing: their entities overlap or their sentences are alike. Entities
 *     count with what they imply ("Ministry of Foreign Affairs of Armenia" is also Armenia, "Baku"
 *     acting is Azerbaijan: {@code merge/seats.tsv}), countries count half (a story names the same
 *     countries in every sentence), and a sentence that names one entity or none ("The enclave's
 *     government agreed to dissolve itself on September 28") is read with its article's main
 *     entities. When the dates only nest, the bar is higher (a month holds many events);</li>
 * <li>and, for two events of the same article, the dates are the same and the sentences say nearly
 *     the same: an article that names one date twice usually tells two things that happened on it.</li>
 * </ul>
 * Of several entries that qualify, the most similar wins; when two are equally similar the evidence
 * cannot tell them apart, and the event starts an entry of its own. Words compare only within one language;
 * entities carry the comparison across Indonesian and English, since they have canonical names.
 */
public final class EventMerger {

    /** Changes whenever the rules below change: the worker then assigns every event again. */
    public static final int VERSION = 3;

    /**
     * What the rules know of an entry: its date, the entities of its sentences, the main entities of
     * its articles, the words of its sentences and its articles.
     */
    public record Candidate(long id, String dateValue, String granularity, LocalDate start, LocalDate end,
                            Set<String> entities, Set<String> context, Set<String> words, Set<String> articles) {

        /** The entry after the event joined it: the finer date, the union of entities, words and articles. */
        public Candidate with(StoredEvent event) {
            boolean finer = rank(event.granularity()) < rank(granularity);
            Set<String> e = new LinkedHashSet<>(entities);
            e.addAll(event.entities());
            Set<String> c = new LinkedHashSet<>(context);
            c.addAll(event.articleEntities());
            Set<String> w = new HashSet<>(words);
            w.addAll(EventMerger.words(event.sentence()));
            Set<String> a = new HashSet<>(articles);
            a.add(event.articleId());
            return finer
                    ? new Candidate(id, event.dateValue(), event.granularity(), event.start(), event.end(), e, c, w, a)
                    : new Candidate(id, dateValue, granularity, start, end, e, c, w, a);
        }

        /** A new entry holding one event. */
        public static Candidate of(long id, StoredEvent event) {
            return new Candidate(id, event.dateValue(), event.granularity(), event.start(), event.end(),
                    new LinkedHashSet<>(event.entities()), new LinkedHashSet<>(event.articleEntities()),
                    EventMerger.words(event.sentence()), Set.of(event.articleId()));
        }
    }

    /** An entry built in memory, with its events in the order they joined. */
    public record Cluster(Candidate entry, List<StoredEvent> events) {
    }

    static final double SAME_ARTICLE_WORDS = 0.6;
    static final double ENTITY_OVERLAP = 0.3;
    static final double WORD_OVERLAP = 0.25;
    /** Nested dates (a day in a month) need one of these. */
    static final double NESTED_ENTITY_OVERLAP = 0.4;
    static final double NESTED_WORD_OVERLAP = 0.3;
    /** How many granularity steps apart two nested dates may be. */
    static final int NESTED_STEPS = 2;
    /** A sentence naming fewer entities than this (none) is read with its article's main entities. */
    static final int FEW_ENTITIES = 1;
    /** What a country (or a seat of government standing for one) weighs against any other entity. */
    static final double COUNTRY_WEIGHT = 0.5;

    private static final List<String> GRANULARITIES = List.of("DAY", "WEEK", "MONTH", "YEAR", "DECADE");
    private static final Set<String> COUNTRIES = new HashSet<>();
    private static final Map<String, String> SEATS = new HashMap<>();
    private static final Pattern OF_PLACE = Pattern.compile(".+ of (?:the )?(\\p{Lu}.+)$");

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        try (InputStream in = EventMerger.class.getResourceAsStream("/merge/seats.tsv")) {
            if (in == null) {
                throw new IllegalStateException("merge/seats.tsv is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                SEATS.put(cells[0], new Locale("", cells[1]).getDisplayCountry(Locale.ENGLISH));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EventMerger() {
    }

    /** The entry the event belongs to, or null for a new entry. */
    public static Candidate match(StoredEvent event, List<Candidate> candidates) {
        Set<String> words = words(event.sentence());
        Set<String> named = expand(event.entities());
        Set<String> entities = effectiveEntities(event.entities(), event.articleEntities());
        Candidate best = null;
        double bestScore = 0;
        boolean tie = false;
        for (Candidate c : candidates) {
            DateRelation relation = relation(event.dateValue(), event.granularity(), event.start(), event.end(),
                    c.dateValue(), c.granularity(), c.start(), c.end());
            if (relation == DateRelation.APART) {
                continue;
            }
            double wordSimilarity = jaccard(words, c.words());
            Set<String> candidateNamed = expand(c.entities());
            double entitySimilarity = weightedJaccard(entities, effectiveEntities(c.entities(), c.context()));
            boolean same;
            if (c.articles().contains(event.articleId())) {
                same = relation == DateRelation.SAME && wordSimilarity >= SAME_ARTICLE_WORDS;
            } else if (relation == DateRelation.SAME) {
                same = entitySimilarity >= ENTITY_OVERLAP || wordSimilarity >= WORD_OVERLAP
                        || specificEntitiesContained(entities, effectiveEntities(c.entities(), c.context()));
            } else {
                // nested dates: only what the sentences themselves name, and something more specific than a country
                entitySimilarity = weightedJaccard(named, candidateNamed);
                boolean sharesSpecific = specific(named).stream().anyMatch(candidateNamed::contains);
                same = sharesSpecific && (entitySimilarity >= NESTED_ENTITY_OVERLAP || wordSimilarity >= NESTED_WORD_OVERLAP);
            }
            double score = wordSimilarity + entitySimilarity + (relation == DateRelation.SAME ? 0.1 : 0);
            if (same && Math.abs(score - bestScore) < 1e-9) {
                tie = true;
            } else if (same && score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            }
        }
        // two entries the evidence cannot tell apart (two events of one day, told without names): neither
        return tie ? null : best;
    }

    /**
     * Whether the one side's specific entities (not countries) are all named by the other side:
     * "Moscow insisted this week" and "Moskow bersikeras pekan ini bahwa ... Armenia ... Azerbaijan".
     */
    static boolean specificEntitiesContained(Set<String> a, Set<String> b) {
        Set<String> specificA = specific(a);
        Set<String> specificB = specific(b);
        if (specificA.isEmpty() || specificB.isEmpty()) {
            return false;
        }
        return specificA.size() <= specificB.size() ? specificB.containsAll(specificA) : specificA.containsAll(specificB);
    }

    /** Entities more specific than a country: not a country, nor a seat of government that stands for one. */
    private static Set<String> specific(Set<String> entities) {
        Set<String> specific = new HashSet<>(entities);
        specific.removeAll(COUNTRIES);
        specific.removeAll(SEATS.keySet());
        return specific;
    }

    /** The entities a comparison uses: those of the sentences with what they imply, or with the article's when there are few. */
    static Set<String> effectiveEntities(Collection<String> sentence, Collection<String> article) {
        Set<String> effective = expand(sentence);
        if (sentence.size() < FEW_ENTITIES) {
            effective.addAll(expand(article));
        }
        return effective;
    }

    /** Names with what they imply: the place an "X of Y" belongs to, the country a seat of government stands for. */
    static Set<String> expand(Collection<String> names) {
        Set<String> expanded = new LinkedHashSet<>();
        for (String name : names) {
            expanded.add(name);
            Matcher of = OF_PLACE.matcher(name);
            if (of.matches()) {
                expanded.add(of.group(1));
            }
            String country = SEATS.get(name);
            if (country != null) {
                expanded.add(country);
            }
        }
        return expanded;
    }

    static double weightedJaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double common = 0;
        double all = 0;
        for (String x : a) {
            all += weight(x);
            if (b.contains(x)) {
                common += weight(x);
            }
        }
        for (String x : b) {
            if (!a.contains(x)) {
                all += weight(x);
            }
        }
        return common / all;
    }

    private static double weight(String entity) {
        return COUNTRIES.contains(entity) || SEATS.containsKey(entity) ? COUNTRY_WEIGHT : 1;
    }

    /** The rules over a list of events, in order, in memory: what the worker builds, without a database. */
    public static List<Cluster> cluster(List<StoredEvent> events) {
        List<Candidate> entries = new ArrayList<>();
        List<List<StoredEvent>> members = new ArrayList<>();
        for (StoredEvent event : events) {
            if (event.dateValue() == null || event.granularity() == null) {
                continue; // no date, no timeline
            }
            Candidate match = match(event, entries);
            if (match == null) {
                entries.add(Candidate.of(entries.size(), event));
                members.add(new ArrayList<>(List.of(event)));
            } else {
                int index = (int) match.id();
                entries.set(index, match.with(event));
                members.get(index).add(event);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            clusters.add(new Cluster(entries.get(i), List.copyOf(members.get(i))));
        }
        return clusters;
    }

    enum DateRelation { SAME, NESTED, APART }

    /** How two dates relate: the same date, one inside the other (close enough in granularity), or apart. */
    static DateRelation relation(String dateA, String granularityA, LocalDate startA, LocalDate endA,
                                 String dateB, String granularityB, LocalDate startB, LocalDate endB) {
        if (dateA.equals(dateB) && granularityA.equals(granularityB)) {
            return DateRelation.SAME;
        }
        int steps = Math.abs(rank(granularityA) - rank(granularityB));
        if (steps == 0 || steps > NESTED_STEPS) {
            return DateRelation.APART;
        }
        boolean aInB = !startA.isBefore(startB) && !endA.isAfter(endB);
        boolean bInA = !startB.isBefore(startA) && !endB.isAfter(endA);
        boolean finerInside = rank(granularityA) < rank(granularityB) ? aInB : bInA;
        return finerInside ? DateRelation.NESTED : DateRelation.APART;
    }

    /** The granularities an event of this granularity may nest with (coarser or finer, within the allowed steps). */
    public static List<String> nestingGranularities(String granularity) {
        int rank = rank(granularity);
        List<String> nesting = new ArrayList<>();
        for (int i = 0; i < GRANULARITIES.size(); i++) {
            int steps = Math.abs(i - rank);
            if (steps > 0 && steps <= NESTED_STEPS) {
                nesting.add(GRANULARITIES.get(i));
            }
        }
        return nesting;
    }

    /**
     * The earliest start an entry whose date may hold this event can have: the start of the coarsest
     * period that may hold it (a day's month, a month's decade). An entry inside the event starts
     * within the event, so candidates start between this and the event's end.
     */
    public static LocalDate earliestNestingStart(String granularity, LocalDate start) {
        LocalDate earliest = start;
        for (int i = rank(granularity) + 1; i <= rank(granularity) + NESTED_STEPS && i < GRANULARITIES.size(); i++) {
            LocalDate periodStart = switch (GRANULARITIES.get(i)) {
                case "WEEK" -> start.minusDays(6);
                case "MONTH" -> start.withDayOfMonth(1);
                case "YEAR" -> start.withDayOfYear(1);
                default -> LocalDate.of(start.getYear() - Math.floorMod(start.getYear(), 10), 1, 1);
            };
            earliest = periodStart.isBefore(earliest) ? periodStart : earliest;
        }
        return earliest;
    }

    /** DAY 0, WEEK 1, MONTH 2, YEAR 3, DECADE 4. */
    public static int rank(String granularity) {
        int rank = GRANULARITIES.indexOf(granularity);
        if (rank < 0) {
            throw new IllegalArgumentException("unknown granularity " + granularity);
        }
        return rank;
    }

    static Set<String> words(String sentence) {
        Set<String> words = new HashSet<>();
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3) {
                words.add(word);
            }
        }
        return words;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
