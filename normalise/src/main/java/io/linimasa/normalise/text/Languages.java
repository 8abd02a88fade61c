package io.linimasa.normalise.text;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * Tells the language of a page: English or Indonesian from Lucene's stop word lists, and Malay
 * from words that Malay writes and Indonesian does not. The candidates are restricted to these
 * three because general detectors confuse Indonesian with Malay; the Malay and Indonesian marker
 * lists are written by hand since no kept library has them (Lucene has no Malay analyzer).
 */
public final class Languages {

    private static final CharArraySet INDONESIAN = IndonesianAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /** Frequent in Malay news, rare or absent in Indonesian. */
    private static final Set<String> MALAY_ONLY = Set.of("boleh", "kerana", "ialah", "iaitu", "sahaja", "kerajaan",
            "berikutan", "terbabit", "semalam", "jabatan", "bahawa", "manakala", "mahupun", "sebarang", "beliau",
            "berkata", "wang", "peratus", "menerusi", "kawalan", "sihat", "ramai", "mencatatkan", "dikemas");
    /** Frequent in Indonesian news, rare or absent in Malay. */
    private static final Set<String> INDONESIAN_ONLY = Set.of("bisa", "karena", "bahwa", "pemerintah", "mengatakan",
            "uang", "persen", "melalui", "saja", "sehat", "banyak", "tetapi", "kata", "ujar", "sebelumnya", "kemudian");

    private Languages() {
    }

    public static String detect(String text) {
        int indonesian = 0;
        int english = 0;
        int malayMarks = 0;
        int indonesianMarks = 0;
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
            if (MALAY_ONLY.contains(word)) {
                malayMarks++;
            }
            if (INDONESIAN_ONLY.contains(word)) {
                indonesianMarks++;
            }
        }
        // Lucene's English list is short (33 words) and its Indonesian one long (750): weigh them alike.
        if (english * 6 > indonesian) {
            return "en";
        }
        return malayMarks >= 3 && malayMarks > 2 * indonesianMarks ? "ms" : "id";
    }
}
