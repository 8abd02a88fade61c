package io.linimasa.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the rules. */
final class Text {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private Text() {
    }

    /** NFC, no control characters, runs of any kind of space as one space, trimmed. */
    static String clean(String line) {
        String nfc = Normalizer.normalize(line, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\uFEFF' || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                continue;
            }
            out.append(c);
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    static String titleCase(String shouted) {
        StringBuilder out = new StringBuilder(shouted.length());
        boolean start = true;
        for (char c : shouted.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '(';
        }
        return out.toString();
    }

    static int wordCount(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }

    static boolean endsLikeSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?\"”’'):;*…".indexOf(last) >= 0;
    }

    /** Share of words that start with a capital letter or a digit: high for headlines. */
    static double capitalisedShare(String line) {
        String[] words = line.strip().split("\\s+");
        int capitalised = 0;
        for (String word : words) {
            String w = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                capitalised++;
            }
        }
        return words.length == 0 ? 0 : (double) capitalised / words.length;
    }

    /** The key under which two copies of a paragraph are the same: letters and digits only, lower case. */
    static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
