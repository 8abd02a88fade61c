package io.linimasa.normalise.score;

import io.linimasa.normalise.text.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Stop-word density per language, as jusText uses it: running text is full of function words,
 * furniture is not. The lists are Lucene's: Snowball's English list, the Indonesian analyzer's list
 * (also for Malay, which Lucene lacks and which shares most function words with Indonesian).
 */
public final class StopWords {

    private static final CharArraySet ENGLISH = snowball("english_stop.txt");
    private static final CharArraySet INDONESIAN = IndonesianAnalyzer.getDefaultStopSet();

    private StopWords() {
    }

    private static CharArraySet snowball(String file) {
        try {
            return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CharArraySet of(String language) {
        return language.equals("id") || language.equals("ms") ? INDONESIAN : ENGLISH;
    }

    /** The share of a text's words that are stop words of the language; 0 for a text without words. */
    public static double density(String text, String language) {
        CharArraySet stop = of(language);
        char[] lower = text.toLowerCase(Locale.ROOT).toCharArray();
        int words = 0;
        int stops = 0;
        int start = -1;
        for (int i = 0; i <= lower.length; i++) {
            boolean letter = i < lower.length && (Text.isLetterOrNumber(lower[i]) || lower[i] == '\'');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (stop.contains(lower, start, i - start)) {
                    stops++;
                }
                start = -1;
            }
        }
        return words == 0 ? 0 : (double) stops / words;
    }
}
