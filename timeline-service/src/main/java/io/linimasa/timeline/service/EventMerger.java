package io.linimasa.timeline.service;

import io.linimasa.timeline.store.StoredEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The merge rules in one place: which timeline entry an event belongs to. The worker applies them
 * one event at a time against the entries stored so far; {@link #cluster} applies them to a list of
 * events in memory (the benchmark), with the same result.
 *
 * <p>A merge never changes what a source said. An entry's date is the finest one its sources give,
 * and every source gives that date or a coarser period holding it: a report of "early 1990s" joins an
 * entry of 1991 only as a coarser mention ({@link Mention#COARSER}), shown as such, never as a source
 * for 1991. An event joins an entry when
 * <ul>
 * <li>their dates agree: the same date at the same granularity, or one inside the other at most two
 *     steps apart (a day in its week or month, a month in its year, a year in its decade);</li>
 * <li>and it tells what one of the entry's sources tells ({@link Evidence}): they name the same
 *     specific entities (countries and seats of government count half: a story names them in every
 *     sentence), their clauses say the same in words that compare across Indonesian and English
 *     ({@link EventTerms}), or they give the same numbers. A sentence that names no entity is read with
 *     its article's main entities. When the dates only nest the bar is higher (a month holds many events);</li>
 * <li>and, for two events of the same article, the dates are the same and the clauses say nearly the
 *     same: an article that names one date twice usually tells two things that happened on it.</li>
 * </ul>
 * Of several entries that qualify, the most similar wins; when two are equally similar the evidence
 * cannot tell them apart, and the event starts an entry of its own.
 */
public final class EventMerger {

    /** Changes whenever the rules below change: the worker then builds entries with them beside the old ones. */
    public static final int VERSION = 5;

    /** How a source of an entry reports the entry's date. */
    public enum Mention {
        /** The source gives the entry's date and granularity. */
        EXACT,
        /** The source gives a coarser period that holds the entry's date ("in October" for 31 October). */
        COARSER
    }

    /**
     * What the rules know of one report of an event: its article, date, entities, summary and terms,
     * and what its comparisons use of its entities, worked out once (an event is compared with many
     * sources): the entities its sentence names with what they imply ({@code named}), the specific ones
     * among those (not countries), and the entities compared ({@code effective}: the named ones, or its
     * article's when the sentence names none).
     */
    public record Source(String articleId, String dateValue, String granularity, LocalDate start, LocalDate end,
                         Set<String> entities, Set<String> context, String summary, EventTerms terms,
                         Set<String> named, Set<String> specific, Set<String> effective) {

        /** A report with what its comparisons use of its entities, each expanded once. */
        public static Source of(String articleId, String dateValue, String granularity, LocalDate start, LocalDate end,
                                Set<String> entities, Set<String> context, String summary, EventTerms terms) {
            Set<String> named = Set.copyOf(Places.expand(entities));
            Set<String> effective = entities.isEmpty() ? Set.copyOf(Places.expand(context)) : named;
            return new Source(articleId, dateValue, granularity, start, end, entities, context, summary, terms, named,
                    Set.copyOf(Places.specific(named)), effective);
        }

        /** An event as a source: its summary and the terms of that summary, worked out once. */
        public static Source of(StoredEvent event) {
            String summary = Summaries.of(event.sentence(), event.expression());
            return of(event.articleId(), event.dateValue(), event.granularity(), event.start(), event.end(),
                    new LinkedHashSet<>(event.entities()), new LinkedHashSet<>(event.articleEntities()), summary,
                    EventTerms.of(withoutExpression(summary, event.expression()), event.language()));
        }
    }

    /**
     * An entry as the rules see it: its date (the finest its sources give), the sources an event is
     * compared with and the articles it cites. A story of hundreds of reports would make every event cost
     * as many comparisons: an event is compared with the lead and the newest sources, at most
     * {@link #COMPARED_SOURCES}, which tell the same as the rest.
     */
    public record Candidate(long id, String dateValue, String granularity, LocalDate start, LocalDate end, List<Source> sources,
                            Set<String> articles) {

        /** A new entry holding one source. */
        public static Candidate of(long id, Source source) {
            return new Candidate(id, source.dateValue(), source.granularity(), source.start(), source.end(), List.of(source),
                    Set.of(source.articleId()));
        }

        /** The entry after a source joined it: the finer date when the source gives one (and the source then leads). */
        public Candidate with(Source source) {
            List<Source> compared = new ArrayList<>(sources);
            boolean leads = refinedBy(source);
            compared.add(leads ? 0 : compared.size(), source);
            if (compared.size() > COMPARED_SOURCES) {
                compared.remove(1); // the oldest source that does not lead
            }
            Set<String> cited = new LinkedHashSet<>(articles);
            cited.add(source.articleId());
            return leads
                    ? new Candidate(id, source.dateValue(), source.granularity(), source.start(), source.end(), List.copyOf(compared), cited)
                    : new Candidate(id, dateValue, granularity, start, end, List.copyOf(compared), cited);
        }

        /** The same entry, known to cite one more article (among sources it is not compared with). */
        public Candidate citing(String articleId) {
            Set<String> cited = new LinkedHashSet<>(articles);
            cited.add(articleId);
            return new Candidate(id, dateValue, granularity, start, end, sources, cited);
        }

        /** Whether the source gives a finer date than the entry has: the entry then takes it (and the source leads). */
        public boolean refinedBy(Source source) {
            return rank(source.granularity()) < rank(granularity);
        }

        public boolean cites(String articleId) {
            return articles.contains(articleId);
        }
    }

    /** An entry built in memory, with its events in the order they joined. */
    public record Cluster(Candidate entry, List<StoredEvent> events) {
    }

    /**
     * What speaks for two reports telling one event: how much their entities overlap (weighted), whether
     * they share an entity more specific than a country (in their sentences themselves), whether one side's
     * specific entities are all named by the other, how alike their clauses are word by word, and how many
     * numbers they share.
     */
    public record Evidence(double entities, boolean sharesSpecific, boolean specificContained, double words, int numbers) {

        /**
         * Enough for two reports of the same date: clauses that say the same; or a shared specific entity
         * with a fair overlap; or some words backed by specific entities, a strong entity overlap or a
         * number. Countries alone are never enough (every sentence of a story names them), nor is a place
         * alone (every event of a story happens there).
         */
        boolean sameEvent() {
            return words >= WORDS_ALONE
                    || (sharesSpecific && entities >= ENTITY_OVERLAP)
                    || (words >= WORDS_WITH_EVIDENCE && (specificContained || entities >= STRONG_ENTITY_OVERLAP || numbers > 0));
        }

        /** Enough for two reports whose dates only nest (a day and its month): a month holds many events, words must agree. */
        boolean sameEventNested() {
            return words >= NESTED_WORDS_ALONE
                    || (words >= NESTED_WORDS_WITH_EVIDENCE && (numbers > 0 || (sharesSpecific && entities >= NESTED_ENTITY_OVERLAP)));
        }

        double score() {
            return words + entities + NUMBER_WEIGHT * Math.min(numbers, 2);
        }
    }

    /** The most sources of one entry an event is compared with: the lead and the newest. */
    public static final int COMPARED_SOURCES = 24;
    static final double SAME_ARTICLE_WORDS = 0.6;
    static final double WORDS_ALONE = 0.25;
    static final double ENTITY_OVERLAP = 0.3;
    static final double STRONG_ENTITY_OVERLAP = 0.5;
    static final double WORDS_WITH_EVIDENCE = 0.15;
    static final double NESTED_WORDS_ALONE = 0.28;
    static final double NESTED_WORDS_WITH_EVIDENCE = 0.2;
    static final double NESTED_ENTITY_OVERLAP = 0.4;
    static final double NUMBER_WEIGHT = 0.2;
    /** How many granularity steps apart two nested dates may be. */
    static final int NESTED_STEPS = 2;
    /** What a country (or a seat of government standing for one) weighs against any other entity. */
    static final double COUNTRY_WEIGHT = 0.5;
    /** Of the same date, a little more alike than of nested dates. */
    static final double SAME_DATE_BONUS = 0.1;

    private static final String ENTITY_KEY = "@";
    /** From the finest to the coarsest. */
    public static final List<String> GRANULARITIES = List.of("DAY", "WEEK", "MONTH", "YEAR", "DECADE");

    private EventMerger() {
    }

    /** The entry the event belongs to, or null for a new entry. */
    public static Candidate match(Source event, List<Candidate> candidates) {
        Candidate best = null;
        double bestScore = 0;
        boolean tie = false;
        for (Candidate c : candidates) {
            DateRelation relation = relation(event.dateValue(), event.granularity(), event.start(), event.end(),
                    c.dateValue(), c.granularity(), c.start(), c.end());
            if (relation == DateRelation.APART) {
                continue;
            }
            boolean sameArticle = c.cites(event.articleId());
            double score = -1;
            for (Source source : c.sources()) {
                Evidence evidence = evidence(event, source);
                boolean same = sameArticle
                        ? relation == DateRelation.SAME && evidence.words() >= SAME_ARTICLE_WORDS
                        : relation == DateRelation.SAME ? evidence.sameEvent() : evidence.sameEventNested();
                if (same) {
                    score = Math.max(score, evidence.score() + (relation == DateRelation.SAME ? SAME_DATE_BONUS : 0));
                }
            }
            if (score < 0) {
                continue;
            }
            if (Math.abs(score - bestScore) < 1e-9) {
                tie = true;
            } else if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            }
        }
        // two entries the evidence cannot tell apart (two events of one day, told without names): neither
        return tie ? null : best;
    }

    /**
     * What an entry holding this source is found by (timeline_entry.search_keys): the keys of its terms and
     * its entities as compared ("@Armenia"); an entry that shares none with an event cannot match it.
     */
    public static Set<String> searchKeys(Source source) {
        Set<String> keys = new LinkedHashSet<>(source.terms().allKeys());
        source.effective().forEach(e -> keys.add(ENTITY_KEY + e));
        return keys;
    }

    /** How a source reports its entry's date: exactly, or as a coarser period around it. */
    public static Mention mention(String entryDate, String entryGranularity, String sourceDate, String sourceGranularity) {
        return entryDate.equals(sourceDate) && entryGranularity.equals(sourceGranularity) ? Mention.EXACT : Mention.COARSER;
    }

    /** What speaks for two reports telling one event (the benchmark prints it for the pairs it scores). */
    public static Evidence evidence(Source a, Source b) {
        // specific entities count only as the sentences name them: an article's main entities are every event's
        Set<String> namedB = b.named();
        boolean sharesSpecific = a.specific().stream().anyMatch(namedB::contains);
        return new Evidence(weightedJaccard(a.effective(), b.effective()), sharesSpecific,
                specificEntitiesContained(a.specific(), b.specific()), a.terms().similarity(b.terms()),
                a.terms().sharedNumbers(b.terms()));
    }

    /**
     * Whether the one side's specific entities (not countries) are all named by the other side:
     * "Moscow insisted this week" and "Moskow bersikeras pekan ini bahwa ... Armenia ... Azerbaijan".
     */
    static boolean specificEntitiesContained(Set<String> specificA, Set<String> specificB) {
        if (specificA.isEmpty() || specificB.isEmpty()) {
            return false;
        }
        return specificA.size() <= specificB.size() ? specificB.containsAll(specificA) : specificA.containsAll(specificB);
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
        return Places.isCountryLike(entity) ? COUNTRY_WEIGHT : 1;
    }

    /** The rules over a list of events, in order, in memory: what the worker builds, without a database. */
    public static List<Cluster> cluster(List<StoredEvent> events) {
        List<Candidate> entries = new ArrayList<>();
        List<List<StoredEvent>> members = new ArrayList<>();
        for (StoredEvent event : events) {
            if (event.dateValue() == null || event.granularity() == null) {
                continue; // no date, no timeline
            }
            Source source = Source.of(event);
            Candidate match = match(source, entries);
            if (match == null) {
                entries.add(Candidate.of(entries.size(), source));
                members.add(new ArrayList<>(List.of(event)));
            } else {
                int index = (int) match.id();
                entries.set(index, match.with(source));
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

    /** Where an entry of one granularity starts when it may share a date with an event or nest with it. */
    public record StartWindow(String granularity, LocalDate from, LocalDate to) {
    }

    /**
     * Per granularity an entry may have and still relate to this event, where it starts: on the event's
     * start for its own granularity (the same date), inside the event for a finer one, and for a coarser
     * one between the start of the coarser period that holds the event's start (a week may have begun
     * six days before) and that start. What the candidates' index reads; entries outside cannot match.
     */
    public static List<StartWindow> startWindows(String granularity, LocalDate start, LocalDate end) {
        int rank = rank(granularity);
        List<StartWindow> windows = new ArrayList<>();
        for (int i = Math.max(0, rank - NESTED_STEPS); i <= Math.min(GRANULARITIES.size() - 1, rank + NESTED_STEPS); i++) {
            String other = GRANULARITIES.get(i);
            if (i == rank) {
                windows.add(new StartWindow(other, start, start));
            } else if (i < rank) {
                windows.add(new StartWindow(other, start, end));
            } else {
                windows.add(new StartWindow(other, earliestStartHolding(other, start), start));
            }
        }
        return windows;
    }

    private static LocalDate earliestStartHolding(String coarser, LocalDate day) {
        return switch (coarser) {
            case "WEEK" -> day.minusDays(6);
            case "MONTH" -> day.withDayOfMonth(1);
            case "YEAR" -> day.withDayOfYear(1);
            default -> LocalDate.of(day.getYear() - Math.floorMod(day.getYear(), 10), 1, 1);
        };
    }

    /** DAY 0, WEEK 1, MONTH 2, YEAR 3, DECADE 4. */
    public static int rank(String granularity) {
        int rank = GRANULARITIES.indexOf(granularity);
        if (rank < 0) {
            throw new IllegalArgumentException("unknown granularity " + granularity);
        }
        return rank;
    }

    /** The summary without its date expression: what the terms compare (the dates are compared apart). */
    private static String withoutExpression(String summary, String expression) {
        if (expression == null || expression.isBlank()) {
            return summary;
        }
        int at = summary.toLowerCase(Locale.ROOT).indexOf(expression.toLowerCase(Locale.ROOT));
        return at < 0 ? summary : summary.substring(0, at) + " " + summary.substring(at + expression.length());
    }
}
