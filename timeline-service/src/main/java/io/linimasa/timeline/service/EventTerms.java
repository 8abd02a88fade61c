package io.linimasa.timeline.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * What an event's clause says, in keys that compare across Indonesian and English: each content word
 * as a set of keys (an English word: its stem; an Indonesian word: its lemma and the stems of its English
 * translations; a name: itself, as written in both languages), and the numbers it names ("2.000" in
 * Indonesian and "2,000" in English are one number). Stop words (Lucene's lists), the date expression
 * itself and countries (the entities carry those) are left out.
 *
 * <p>Two reports match word by word when their key sets meet: "gencatan senjata" and "ceasefire",
 * "perbatasan" and "border", "menewaskan" and "killed" (through "tewas").
 */
public record EventTerms(List<Set<String>> words, Set<String> numbers, Set<String> allKeys) {

    private static final CharArraySet INDONESIAN_STOP = IndonesianAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = englishStopWords();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,:])\\d+(?:[.,:]\\d+)*");
    private static final Pattern TIME_OF_DAY = Pattern.compile("[012]?\\d[.:][0-5]\\d");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern GROUPED_BY_DOTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern GROUPED_BY_COMMAS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    /** Words shorter than this say little ("ke", "of"). */
    private static final int SHORTEST_WORD = 3;
    private static final int KEY_LETTERS = 5;
    private static final int LOANWORD_LETTERS = 6;
    private static final String LOANWORD = "~";
    private static final Pattern DOUBLED_LETTER = Pattern.compile("(\\p{L})\\1");
    private static final String INDONESIAN_LEMMA = "id:";
    /** How many Indonesian words' keys are kept (a news vocabulary fits; odd tokens cannot grow it further). */
    private static final int REMEMBERED_WORDS = 200_000;
    private static final Map<String, Set<String>> INDONESIAN_KEYS = new ConcurrentHashMap<>();
    private static final String NAME = "=";
    private static final String NUMBER_KEY = "#";

    public static final EventTerms NONE = new EventTerms(List.of(), Set.of());

    /**
     * Terms of these words and numbers, with every key of every word and number ({@link #allKeys}: what
     * an index of entries holds), worked out once: an event is compared with many sources.
     */
    public EventTerms(List<Set<String>> words, Set<String> numbers) {
        this(words, numbers, keysOf(words, numbers));
    }

    /** The terms of a text in its language ("id", "en"; any other is compared by its names and numbers only). */
    public static EventTerms of(String text, String language) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            if (!TIME_OF_DAY.matcher(number.group()).matches()) { // "pukul 15.00", "at 15:00": no count of anything
                numbers.add(NUMBER_KEY + numberValue(number.group(), language));
            }
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> capitalised = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String t = token.group();
            if (t.chars().allMatch(Character::isDigit)) {
                continue;
            }
            tokens.add(normalised(t));
            capitalised.add(Character.isUpperCase(t.charAt(0)) && token.start() > 0);
        }
        List<Set<String>> words = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (int i = 0; i < tokens.size(); i++) {
            if ("id".equals(language)) {
                int phrase = phraseAt(tokens, i);
                if (phrase > 1) {
                    String words2 = String.join(" ", tokens.subList(i, i + phrase));
                    Set<String> keys = new LinkedHashSet<>();
                    keys.add(INDONESIAN_LEMMA + words2);
                    addEnglish(keys, IndonesianEnglish.english(words2), stemmer);
                    words.add(keys);
                    i += phrase - 1;
                    continue;
                }
            }
            String word = tokens.get(i);
            if (word.length() < SHORTEST_WORD || Places.isCountryLikeWord(word)) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            if (capitalised.get(i)) {
                keys.add(NAME + word);
            }
            if (word.length() >= LOANWORD_LETTERS && ("id".equals(language) || "en".equals(language))) {
                keys.add(loanwordKey(word));
            }
            if ("id".equals(language)) {
                if (INDONESIAN_STOP.contains(word)) {
                    continue;
                }
                Set<String> indonesian = INDONESIAN_KEYS.get(word);
                if (indonesian == null) {
                    indonesian = indonesianKeys(word, stemmer);
                    if (INDONESIAN_KEYS.size() < REMEMBERED_WORDS) {
                        INDONESIAN_KEYS.put(word, indonesian);
                    }
                }
                if (indonesian.isEmpty()) {
                    continue; // "Rusia": the entities carry it
                }
                keys.addAll(indonesian);
            } else if ("en".equals(language)) {
                if (ENGLISH_STOP.contains(word)) {
                    continue;
                }
                keys.add(stem(stemmer, word));
            } else {
                keys.add(NAME + word);
            }
            words.add(keys);
        }
        return new EventTerms(List.copyOf(words), Set.copyOf(numbers));
    }

    /**
     * How alike two reports are, word by word: the share of the words of both that find a word of the
     * other with a key in common (a Dice coefficient that lets a word match through any of its keys).
     */
    public double similarity(EventTerms other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        Set<String> mine = allKeys;
        Set<String> theirs = other.allKeys;
        return (double) (matched(words, theirs) + matched(other.words, mine)) / (words.size() + other.words.size());
    }

    /** How many of the words have a key among the keys (a loop, not a stream: the merge's innermost step). */
    private static int matched(List<Set<String>> words, Set<String> keys) {
        int matched = 0;
        for (Set<String> word : words) {
            for (String key : word) {
                if (keys.contains(key)) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    /** The numbers both name (a death toll, a count of troops): rare in two reports of different events. */
    public int sharedNumbers(EventTerms other) {
        int shared = 0;
        for (String n : numbers) {
            if (other.numbers.contains(n)) {
                shared++;
            }
        }
        return shared;
    }

    /** An immutable set: an array of its keys, with none of a hash map's entries (a batch holds thousands). */
    private static Set<String> keysOf(List<Set<String>> words, Set<String> numbers) {
        Set<String> keys = new HashSet<>(numbers);
        words.forEach(keys::addAll);
        return Set.copyOf(keys);
    }

    /** As stored (timeline.timeline_source.terms): one element a word, its keys separated by spaces; numbers as "#2000". */
    public List<String> stored() {
        List<String> stored = new ArrayList<>();
        words.forEach(w -> stored.add(String.join(" ", w)));
        stored.addAll(numbers);
        return stored;
    }

    /** Read back from {@link #stored()}. */
    public static EventTerms fromStored(List<String> stored) {
        List<Set<String>> words = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (String element : stored) {
            if (element.startsWith(NUMBER_KEY)) {
                numbers.add(element);
            } else if (!element.isEmpty()) {
                // interned: the sources a batch compares share a news vocabulary
                String[] keys = element.split(" ");
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = keys[i].intern();
                }
                words.add(Set.of(keys));
            }
        }
        return new EventTerms(List.copyOf(words), Set.copyOf(numbers));
    }

    /**
     * An Indonesian word's keys: its lemma and the keys of its English translations; none for a country.
     * Worked out once a word (news repeats its words), as a word's keys never change.
     */
    private static Set<String> indonesianKeys(String word, EnglishStemmer stemmer) {
        Set<String> english = IndonesianEnglish.english(word);
        if (english.stream().anyMatch(Places::isCountryLikeWord)) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(INDONESIAN_LEMMA + IndonesianEnglish.lemma(word));
        // a word the dictionary does not know is often English or international ("Treaty", "kompromi")
        addEnglish(keys, english.isEmpty() ? Set.of(word) : english, stemmer);
        return Set.copyOf(keys);
    }

    /** How many tokens from {@code i} make a phrase the dictionary holds (1 when none does). */
    private static int phraseAt(List<String> tokens, int i) {
        for (int n = Math.min(IndonesianEnglish.LONGEST_PHRASE, tokens.size() - i); n > 1; n--) {
            if (IndonesianEnglish.isPhrase(String.join(" ", tokens.subList(i, i + n)))) {
                return n;
            }
        }
        return 1;
    }

    private static void addEnglish(Set<String> keys, Set<String> english, EnglishStemmer stemmer) {
        for (String translation : english) {
            String[] parts = translation.split("[ -]");
            for (String part : parts) {
                // of a phrase ("armed forces"), its words that are not stop words
                if (part.length() >= SHORTEST_WORD && (parts.length == 1 || !ENGLISH_STOP.contains(part))) {
                    keys.add(stem(stemmer, part));
                }
            }
        }
    }

    /**
     * A key that an Indonesian loanword and its English source share: "rekonstruksi" and "reconstruction",
     * "konflik" and "conflict", "teroris" and "terrorist" ("k" as "c", doubled letters as one, the first
     * {@value #KEY_LETTERS} letters). Long words only: short ones meet by chance.
     */
    public static String loanwordKey(String word) {
        String spelled = DOUBLED_LETTER.matcher(word.replace('k', 'c')).replaceAll("$1");
        return LOANWORD + (spelled.length() > KEY_LETTERS ? spelled.substring(0, KEY_LETTERS) : spelled);
    }

    /** Lower case; a doubled Indonesian word ("negara-negara") as one; a possessive ("Azerbaijan's") without it; no hyphens. */
    private static String normalised(String token) {
        String t = POSSESSIVE.matcher(token.toLowerCase(Locale.ROOT)).replaceFirst("");
        int hyphen = t.indexOf('-');
        if (hyphen > 0 && t.substring(0, hyphen).equals(t.substring(hyphen + 1))) {
            return t.substring(0, hyphen);
        }
        return t.replace("-", "").replace("'", "").replace("’", "");
    }

    /**
     * An English word's key: its Snowball stem cut to {@value #KEY_LETTERS} letters, so that the forms a
     * translation gives and the forms a report writes meet ("dissolution" and "dissolve", "humanitarian"
     * and "human"): truncation is a plain, well-tried stemmer for matching across word forms.
     */
    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return stem.length() > KEY_LETTERS ? stem.substring(0, KEY_LETTERS) : stem;
    }

    /**
     * A number as written in its language, as a plain value: Indonesian groups thousands with dots and
     * writes decimals with a comma ("2.000", "5,6"), English the other way round ("2,000", "5.6").
     */
    static String numberValue(String written, String language) {
        String plain;
        if (GROUPED_BY_DOTS.matcher(written).matches() && !"en".equals(language)) {
            plain = written.replace(".", "");
        } else if (GROUPED_BY_COMMAS.matcher(written).matches() && !"id".equals(language)) {
            plain = written.replace(",", "");
        } else {
            plain = "id".equals(language) ? written.replace(".", "").replace(',', '.') : written.replace(",", "");
        }
        try {
            return new BigDecimal(plain).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return written;
        }
    }

    private static CharArraySet englishStopWords() {
        try (Reader snowball = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(snowball), false);
            words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
