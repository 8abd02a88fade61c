package io.linimasa.timeline.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;

/**
 * Indonesian words as English ones, so that an Indonesian and an English report of one event can be
 * compared word by word: FreeDict's English-Indonesian dictionary, inverted ({@code merge/id-en.tsv},
 * made by {@code dev/bilingual/build.sh}), looked up by the word as written and else by its lemma
 * (Sastrawi: "menewaskan" is "tewas", "pembubaran" is "bubar").
 */
final class IndonesianEnglish {

    /** The longest Indonesian phrase the dictionary holds ("gencatan senjata", "kerja sama"). */
    static final int LONGEST_PHRASE = 3;

    /** How many words' lemmas are kept (a news vocabulary fits; a flood of odd tokens cannot grow it further). */
    private static final int REMEMBERED_LEMMAS = 200_000;
    private static final Lemmatizer LEMMATIZER = new DefaultLemmatizer(rootWords());
    private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> BY_FORM = new HashMap<>();
    private static final Map<String, Set<String>> BY_LEMMA = new HashMap<>();

    static {
        try (InputStream in = IndonesianEnglish.class.getResourceAsStream("/merge/id-en.tsv")) {
            if (in == null) {
                throw new IllegalStateException("merge/id-en.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Set<String> english = Set.of(cells[1].split("\\|"));
                BY_FORM.put(cells[0], english);
                if (!cells[0].contains(" ")) {
                    BY_LEMMA.computeIfAbsent(lemma(cells[0]), k -> new HashSet<>()).addAll(english);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndonesianEnglish() {
    }

    /** The English translations of an Indonesian word or phrase (lower case); empty when the dictionary has none. */
    static Set<String> english(String indonesian) {
        Set<String> found = BY_FORM.get(indonesian);
        if (found == null && !indonesian.contains(" ")) {
            found = BY_LEMMA.get(lemma(indonesian));
        }
        return found == null ? Set.of() : found;
    }

    /** Whether the dictionary holds this phrase of several words as written. */
    static boolean isPhrase(String words) {
        return BY_FORM.containsKey(words);
    }

    /** The root word of an Indonesian word ("pemerintahan" → "perintah"); the word itself when none is known. */
    static String lemma(String word) {
        String known = LEMMAS.get(word);
        if (known != null) {
            return known;
        }
        // Sastrawi tries its affix rules against its root words: worth doing once a word, news repeats its words
        String lemma = LEMMATIZER.lemmatize(word);
        if (LEMMAS.size() < REMEMBERED_LEMMAS) {
            LEMMAS.put(word, lemma);
        }
        return lemma;
    }

    private static Set<String> rootWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Lemmatizer.class.getResourceAsStream("/root-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("Sastrawi's root-words.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
