package io.linimasa.normalise.text;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the rules; each a single pass over its input, no regex. */
public final class Text {

    private Text() {
    }

    /** NFC, no control characters, runs of any kind of space as one space, trimmed. */
    public static String clean(String line) {
        String nfc = Normalizer.isNormalized(line, Normalizer.Form.NFC) ? line : Normalizer.normalize(line, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (c == '\uFEFF' || Character.isISOControl(c)) {
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Whitespace of any kind: ASCII and Unicode spaces, no-break and zero-width spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    public static String titleCase(String shouted) {
        StringBuilder out = new StringBuilder(shouted.length());
        boolean start = true;
        for (char c : shouted.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '(';
        }
        return out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Words as runs of non-space characters. */
    public static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = isRegexSpace(line.charAt(i)) || Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    public static boolean endsLikeSentence(String line) {
        int end = line.length() - 1;
        while (end >= 0 && Character.isWhitespace(line.charAt(end))) {
            end--;
        }
        return end >= 0 && ".!?\"”’'):;*…".indexOf(line.charAt(end)) >= 0;
    }

    /** Share of words that start (after any leading marks) with a capital letter or a digit: high for headlines. */
    public static double capitalisedShare(String line) {
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        boolean seenLetter = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                words++;
                inWord = true;
                seenLetter = false;
            }
            if (!seenLetter && isLetterOrNumber(c)) {
                seenLetter = true;
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    capitalised++;
                }
            }
        }
        return words == 0 ? 0 : (double) capitalised / words;
    }

    /** The key under which two copies of a paragraph are the same: letters and digits only, lower case. */
    public static String key(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isLetterOrNumber(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** {@code [\p{L}\p{N}]}: letters and numbers of any kind. */
    public static boolean isLetterOrNumber(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
