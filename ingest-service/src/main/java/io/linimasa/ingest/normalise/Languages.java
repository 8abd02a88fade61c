package io.linimasa.ingest.normalise;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * Tells the language of a body from Lucene's stop word lists. The candidates are restricted to the
 * languages we index with their own analyzer: general detectors confuse Indonesian with Malay, and
 * a Malay label would only lose us the Indonesian analyzer.
 */
final class Languages {

    private static final CharArraySet INDONESIAN = IndonesianAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private Languages() {
    }

    static String detect(String text) {
        int indonesian = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (INDONESIAN.contains(word)) {
                indonesian++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        // Lucene's English list is short (33 words) and its Indonesian one long (750): weigh them alike.
        return english * 6 > indonesian ? "en" : "id";
    }
}
