package io.linimasa.search.service;

import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;

/**
 * The relevance part of a search: what a {@link ReaderQuery} asks of an article's title and body.
 * The choices below were measured with {@code ./linimasa bench search} (bench/search/README.md).
 *
 * <p>Term-centric: each word is one clause, met when the word is anywhere in title and body taken
 * together ({@code combined_fields}: one BM25F field in which the title counts twice), in one of the
 * {@link #WAYS} a word can meet an article, the best scoring. Articles need not hold every word: they
 * rank by how many of the words they hold and how telling those are, so that words spread over title
 * and body, and pages in another language that share only the names, are found (requiring three
 * words in four: nDCG@10 0.83 instead of 0.91 on the topic queries). Quoted phrases must occur
 * as written; excluded words and phrases must not occur in any form.
 */
final class TextQuery {

    /**
     * The ways a word meets an article: in the text as written, as an Indonesian stem, as an English
     * stem. Each is a group of fields analysed alike, as combined_fields needs.
     */
    private static final List<List<String>> WAYS = List.of(
            List.of("title^2", "body"),
            List.of("title.id^2", "body.id"),
            List.of("title.en^2", "body.en"));
    /**
     * One more way: as a name of one of its entities in any spelling ("Russia" for a page saying
     * "Rusia": entityNames holds each entity's canonical name and aliases). That field is short, so a
     * match there outscores the text; weighed down, it finds what the text cannot without reordering
     * what the text finds (./linimasa bench search, nDCG@10 name / cross / all: weight 1 0.958 / 0.437 /
     * 0.880, 0.75 0.975 / 0.429 / 0.883, 0.5 0.975 / 0.393 / 0.878).
     */
    private static final String ENTITY_NAMES = "entityNames";
    private static final float ENTITY_NAMES_WEIGHT = 0.75f;
    /** The text as written: phrases and typos are matched there, never on stems. */
    private static final List<String> AS_WRITTEN = WAYS.get(0);
    /** Every analysis of title and body: an excluded word is left out in all its forms. */
    private static final List<String> EVERY_FORM = List.of("title", "title.id", "title.en", "body", "body.id", "body.en");

    /**
     * Typos: one edit (a letter dropped, doubled, swapped or wrong) for words of five letters or
     * more, none below, where one edit makes another common word (typos in words of 3 and 4
     * letters: topic nDCG@10 0.91 instead of 0.92; two edits in long words found nothing more and
     * cost more). A typo counts half of an exact match, so a page with the word as typed comes first;
     * the first letter may be the wrong one too (carbon/karbon across languages: cross nDCG@10 0.39
     * instead of 0.34).
     */
    private static final String FUZZINESS = "1";
    private static final int FUZZY_MIN_LETTERS = 5;
    /** No name is longer, and long words make costly automata. */
    private static final int FUZZY_MAX_LETTERS = 30;
    private static final int FUZZY_EXPANSIONS = 20;
    private static final float FUZZY_WEIGHT = 0.5f;

    private TextQuery() {
    }

    static Query of(ReaderQuery query) {
        return Query.of(q -> q.bool(b -> {
            if (!query.words().isEmpty()) {
                b.must(m -> m.bool(words -> {
                    query.words().forEach(word -> words.should(word(word)));
                    return words.minimumShouldMatch("1");
                }));
            }
            for (String phrase : query.phrases()) {
                b.must(m -> m.multiMatch(mm -> mm.query(phrase).fields(AS_WRITTEN).type(TextQueryType.Phrase)));
            }
            if (!query.hasPositiveParts()) {
                b.must(m -> m.matchAll(a -> a));
            }
            for (String excluded : query.excluded()) {
                b.mustNot(m -> m.multiMatch(mm -> mm.query(excluded).fields(EVERY_FORM).type(TextQueryType.Phrase)));
            }
            return b;
        }));
    }

    /** One word, met in whichever way scores best; a word of several tokens (Tae-yong) needs them all. */
    private static Query word(String word) {
        List<Query> ways = new ArrayList<>(WAYS.size() + 2);
        for (List<String> fields : WAYS) {
            ways.add(Query.of(q -> q.combinedFields(c -> c.query(word).fields(fields).operator(CombinedFieldsOperator.And))));
        }
        ways.add(Query.of(q -> q.match(m -> m.field(ENTITY_NAMES).query(word).operator(Operator.And).boost(ENTITY_NAMES_WEIGHT))));
        long letters = word.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters >= FUZZY_MIN_LETTERS && letters <= FUZZY_MAX_LETTERS) {
            ways.add(Query.of(q -> q.multiMatch(m -> m.query(word).fields(AS_WRITTEN).operator(Operator.And)
                    .fuzziness(FUZZINESS).maxExpansions(FUZZY_EXPANSIONS).boost(FUZZY_WEIGHT))));
        }
        return Query.of(q -> q.disMax(d -> d.queries(ways)));
    }
}
