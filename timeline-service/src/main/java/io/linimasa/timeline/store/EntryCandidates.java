package io.linimasa.timeline.store;

import io.linimasa.timeline.service.EventMerger;
import io.linimasa.timeline.service.EventTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stored entries a batch of events may join (see EventMerger), found for the whole batch at once:
 * one indexed query picks each event's candidate entries, one reads those entries with the sources
 * an event is compared with, one reads those sources' article context and one tells which of the
 * batch's articles they already cite. Four round trips per batch, whatever its size.
 */
@ApplicationScoped
public class EntryCandidates {

    /**
     * The most entries an event is compared with: those sharing the most search keys with it. A
     * coarse date (a year) nests every entry of that year, and each would cost its sources' rows.
     */
    private static final int CANDIDATE_ENTRIES = 32;
    /**
     * The most entries on dates an event relates to that are read for it, the newest first: what
     * bounds an event's cost however many entries a date gathers.
     */
    private static final int WINDOW_ENTRIES = 256;

    private final EntityManager em;

    public EntryCandidates(EntityManager em) {
        this.em = em;
    }

    /**
     * For each event, in the order given, the entries of this rules version it may join as stored
     * before the batch: entries that start in its windows ({@link EventMerger#startWindows}: its date,
     * finer ones inside it, coarser ones early enough to hold it) and share a search key (a term or an
     * entity) with it, those sharing the most first.
     */
    public List<List<EventMerger.Candidate>> forBatch(int rulesVersion, List<StoredEvent> events,
                                                      List<List<EventMerger.StartWindow>> windows, List<Set<String>> searchKeys) {
        List<List<Long>> idsPerEvent = entryIds(rulesVersion, events, windows, searchKeys);
        Set<Long> ids = new LinkedHashSet<>();
        idsPerEvent.forEach(ids::addAll);
        Set<String> articles = new LinkedHashSet<>();
        events.forEach(e -> articles.add(e.articleId()));
        Map<Long, EventMerger.Candidate> entries = ids.isEmpty() ? Map.of() : entries(rulesVersion, ids, articles);
        List<List<EventMerger.Candidate>> candidates = new ArrayList<>();
        for (List<Long> eventIds : idsPerEvent) {
            List<EventMerger.Candidate> of = new ArrayList<>(eventIds.size());
            eventIds.forEach(id -> of.add(entries.get(id)));
            candidates.add(of);
        }
        return candidates;
    }

    /**
     * Per event, its start windows as columns (one pair per granularity, null where it cannot relate),
     * so that each branch of the query is one range of the index (rules_version, granularity, date_start).
     */
    private static final String CANDIDATE_IDS;

    static {
        StringBuilder columns = new StringBuilder();
        StringBuilder types = new StringBuilder();
        StringBuilder windows = new StringBuilder();
        int parameter = 5;
        for (String g : EventMerger.GRANULARITIES) {
            String column = g.toLowerCase(Locale.ROOT);
            columns.append(", ").append(column).append("_from, ").append(column).append("_to");
            types.append(", CAST(?").append(parameter++).append(" AS date[]), CAST(?").append(parameter++).append(" AS date[])");
            windows.append(windows.isEmpty() ? "" : "\n                           OR ")
                    .append("(t.granularity = '").append(g).append("' AND t.date_start BETWEEN e.").append(column)
                    .append("_from AND e.").append(column).append("_to)");
        }
        CANDIDATE_IDS = """
                WITH event AS (
                    SELECT * FROM unnest(CAST(?1 AS int[]), CAST(?2 AS text[]), CAST(?3 AS text[])%s)
                        AS e(i, date_value, granularity%s))
                SELECT e.i, c.id, CASE WHEN row_number() OVER (PARTITION BY c.id ORDER BY e.i) = 1 THEN c.search_keys END
                FROM event e
                CROSS JOIN LATERAL (
                    SELECT t.id, t.search_keys FROM timeline.timeline_entry t
                    WHERE t.rules_version = ?4
                      AND (%s)
                      AND (t.granularity <> e.granularity OR t.date_value = e.date_value)
                    ORDER BY t.id DESC
                    LIMIT %d) c""".formatted(types, columns, windows, WINDOW_ENTRIES);
    }

    @SuppressWarnings("unchecked")
    private List<List<Long>> entryIds(int rulesVersion, List<StoredEvent> events, List<List<EventMerger.StartWindow>> windows,
                                      List<Set<String>> searchKeys) {
        int n = events.size();
        List<String> granularities = EventMerger.GRANULARITIES;
        Integer[] index = new Integer[n];
        String[] dateValue = new String[n];
        String[] granularity = new String[n];
        Date[][] from = new Date[granularities.size()][n];
        Date[][] to = new Date[granularities.size()][n];
        for (int i = 0; i < n; i++) {
            StoredEvent e = events.get(i);
            index[i] = i;
            dateValue[i] = e.dateValue();
            granularity[i] = e.granularity();
            for (EventMerger.StartWindow window : windows.get(i)) {
                int g = granularities.indexOf(window.granularity());
                from[g][i] = Date.valueOf(window.from());
                to[g][i] = Date.valueOf(window.to());
            }
        }
        Query query = em.createNativeQuery(CANDIDATE_IDS).setParameter(1, index).setParameter(2, dateValue)
                .setParameter(3, granularity).setParameter(4, rulesVersion);
        int parameter = 5;
        for (int g = 0; g < granularities.size(); g++) {
            query.setParameter(parameter++, from[g]).setParameter(parameter++, to[g]);
        }
        List<List<Long>> matching = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            matching.add(new ArrayList<>());
        }
        Map<Long, List<String>> keysOf = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            long id = ((Number) r[1]).longValue();
            matching.get(((Number) r[0]).intValue()).add(id);
            if (r[2] != null) {
                keysOf.put(id, Columns.strings(r[2]));
            }
        }
        List<List<Long>> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(mostShared(matching.get(i), searchKeys.get(i), keysOf));
        }
        return ids;
    }

    /**
     * Of the entries on the event's dates, those sharing a search key with it (an entry that shares none
     * cannot match), the most shared first, then the oldest. Counted here with the event's keys in a hash
     * set: in the query, overlapping two text arrays compares every element with every other, per row.
     */
    private static List<Long> mostShared(List<Long> entries, Set<String> eventKeys, Map<Long, List<String>> keysOf) {
        Map<Long, Integer> shared = new HashMap<>();
        for (long id : entries) {
            int count = 0;
            for (String key : keysOf.get(id)) {
                if (eventKeys.contains(key)) {
                    count++;
                }
            }
            if (count > 0) {
                shared.put(id, count);
            }
        }
        return shared.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> -shared.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(CANDIDATE_ENTRIES).toList();
    }

    /** The entries with their lead and newest sources, and which of the given articles each already cites. */
    @SuppressWarnings("unchecked")
    private Map<Long, EventMerger.Candidate> entries(int rulesVersion, Set<Long> ids, Set<String> batchArticles) {
        Long[] entryIds = ids.toArray(Long[]::new);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.id, t.date_value, t.granularity, t.date_start, t.date_end,
                       s.article_id, e.date_value, e.granularity, e.date_start, e.date_end, e.entities, s.summary, s.terms
                FROM timeline.timeline_entry t
                CROSS JOIN LATERAL (
                    (SELECT s.* FROM timeline.timeline_source s WHERE s.rules_version = t.rules_version AND s.event_id = t.lead_event_id)
                    UNION ALL
                    (SELECT s.* FROM timeline.timeline_source s
                     WHERE s.entry_id = t.id AND s.rules_version = t.rules_version AND s.event_id IS DISTINCT FROM t.lead_event_id
                     ORDER BY s.event_id DESC LIMIT ?3 - 1)) s
                JOIN ingest.article_event e ON e.id = s.event_id
                WHERE t.id = ANY(?1) AND t.rules_version = ?2
                ORDER BY t.id, s.event_id = t.lead_event_id DESC, s.event_id""")
                .setParameter(1, entryIds).setParameter(2, rulesVersion).setParameter(3, EventMerger.COMPARED_SOURCES)
                .getResultList();
        Set<String> sourceArticles = new LinkedHashSet<>();
        rows.forEach(r -> sourceArticles.add((String) r[5]));
        Map<String, List<String>> context = articleContext(sourceArticles);
        Map<Long, Set<String>> cited = cited(rulesVersion, entryIds, batchArticles);

        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, List<EventMerger.Source>> sources = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            heads.putIfAbsent(id, r);
            String article = (String) r[5];
            sources.computeIfAbsent(id, k -> new ArrayList<>()).add(EventMerger.Source.of(article, (String) r[6],
                    (String) r[7], Columns.localDate(r[8]), Columns.localDate(r[9]), new LinkedHashSet<>(Columns.strings(r[10])),
                    new LinkedHashSet<>(context.getOrDefault(article, List.of())), (String) r[11],
                    EventTerms.fromStored(Columns.strings(r[12]))));
        }
        Map<Long, EventMerger.Candidate> candidates = new HashMap<>();
        heads.forEach((id, r) -> {
            List<EventMerger.Source> compared = sources.get(id);
            Set<String> articles = new LinkedHashSet<>();
            compared.forEach(source -> articles.add(source.articleId()));
            articles.addAll(cited.getOrDefault(id, Set.of()));
            candidates.put(id, new EventMerger.Candidate(id, (String) r[1], (String) r[2], Columns.localDate(r[3]),
                    Columns.localDate(r[4]), List.copyOf(compared), articles));
        });
        return candidates;
    }

    /** The entities each article names most (its context), the most mentioned first. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> articleContext(Set<String> articles) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT article_id, name FROM (
                    SELECT ae.article_id, ae.name,
                           row_number() OVER (PARTITION BY ae.article_id ORDER BY ae.mentions DESC, ae.ordinal) AS rank
                    FROM ingest.article_entity ae WHERE ae.article_id = ANY(?1)) ranked
                WHERE rank <= ?2 ORDER BY article_id, rank""")
                .setParameter(1, articles.toArray(String[]::new)).setParameter(2, StoredEvent.ARTICLE_ENTITIES)
                .getResultList();
        Map<String, List<String>> context = new HashMap<>();
        for (Object[] r : rows) {
            context.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return context;
    }

    /** Which of the batch's articles each entry already cites (among all its sources, not only those compared). */
    @SuppressWarnings("unchecked")
    private Map<Long, Set<String>> cited(int rulesVersion, Long[] entryIds, Set<String> batchArticles) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT s.entry_id, s.article_id FROM timeline.timeline_source s
                WHERE s.rules_version = ?1 AND s.article_id = ANY(?2) AND s.entry_id = ANY(?3)""")
                .setParameter(1, rulesVersion).setParameter(2, batchArticles.toArray(String[]::new)).setParameter(3, entryIds)
                .getResultList();
        Map<Long, Set<String>> cited = new HashMap<>();
        for (Object[] r : rows) {
            cited.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashSet<>()).add((String) r[1]);
        }
        return cited;
    }
}
