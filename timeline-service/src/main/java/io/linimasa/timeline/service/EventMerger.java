package io.linimasa.timeline.service;

import io.linimasa.timeline.store.StoredEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The merge rules in one place: an event joins an existing entry when both have the same date at
 * the same granularity and they speak of the same thing (shared entities or similar sentences).
 * Two events of the same article join only when their sentences say nearly the same: an article
 * that names one date twice usually tells two things that happened on it.
 */
public final class EventMerger {

    /** What the rules know of an entry: its date, entities, the words of its sentences, its articles. */
    public record Candidate(long id, String dateValue, String granularity, Set<String> entities, Set<String> words,
                            Set<String> articles) {
    }

    static final double SAME_ARTICLE_WORDS = 0.6;
    static final double ENTITY_OVERLAP = 0.34;
    static final double WORD_OVERLAP = 0.25;

    private EventMerger() {
    }

    /** The entry the event belongs to, or null for a new entry. */
    public static Candidate match(StoredEvent event, List<Candidate> candidates) {
        Set<String> words = words(event.sentence());
        Set<String> entities = new HashSet<>(event.entities());
        Candidate best = null;
        double bestScore = 0;
        for (Candidate c : candidates) {
            if (!c.dateValue().equals(event.dateValue()) || !c.granularity().equals(event.granularity())) {
                continue;
            }
            double wordSimilarity = jaccard(words, c.words());
            double entitySimilarity = jaccard(entities, c.entities());
            boolean sameArticle = c.articles().contains(event.articleId());
            boolean same = sameArticle
                    ? wordSimilarity >= SAME_ARTICLE_WORDS
                    : entitySimilarity >= ENTITY_OVERLAP || wordSimilarity >= WORD_OVERLAP;
            double score = wordSimilarity + entitySimilarity;
            if (same && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
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
