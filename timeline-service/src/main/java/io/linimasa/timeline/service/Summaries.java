package io.linimasa.timeline.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A summary a reader can scan, in the source's language: the clause of the sentence that tells the
 * event (see {@link EventClause}), without the attributions that news wraps around facts ("kata
 * Pashinyan", "sebagaimana dilansir dari Al Arabiya", "Dilaporkan Reuters, ...", "..., the Kremlin
 * said", "according to ..."), without a leading connective ("Sementara itu", "Bahkan"), and at most
 * {@value #MOST_WORDS} words around the date. Reported speech stays: in "Putin said Moscow had offered
 * a compromise" the saying is the event.
 */
public final class Summaries {

    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.'’-]*|of|the|de|al|bin))*";

    /** Attributions anywhere in the sentence, removed with the comma before them. */
    private static final List<Pattern> ANYWHERE = List.of(
            Pattern.compile(",?\\s*(?:sebagaimana|seperti(?: yang)?)\\s+(?:dilansir|dikutip|diberitakan|dilaporkan)(?:\\s+(?:dari|oleh))?\\s+"
                    + "(?:[^,.;\"“”]+?\\s+berjudul\\s+[\"“][^\"”]*[\"”]|[^,.;\"“”]+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",\\s*(?:dilansir|dikutip)\\s+(?:dari\\s+)?[^,.;\"“”]+", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",?\\s*(?:as reported by|as quoted by|reported by)\\s+[^,.;]+", Pattern.CASE_INSENSITIVE));

    /** Attributions that close the sentence: ", kata Pashinyan.", ", menurut Putin.", ", officials said.". */
    private static final List<Pattern> AT_END = List.of(
            // ", kata Pashinyan.", ", ujar para analis.", ", kata seorang pejabat."
            Pattern.compile(",?\\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tambah|tegas)(?:nya)?\\s+"
                    + "(?:\\p{Lu}|(?:para|sejumlah|seorang|salah\\s+satu|beberapa)\\s)[^;]*$"),
            Pattern.compile(",\\s*menurut\\s+[^,;]+$", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",\\s*according to\\s+[^,;]+$", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",\\s*(?:[\\p{L}\\p{N}.'’-]+\\s+){1,5}(?:said|says|told\\s+(?:reporters|journalists|" + NAME + "))"
                    + "(?:\\s+on\\s+\\p{Lu}\\p{L}+)?$"),
            Pattern.compile(",\\s*(?:said|says)\\s+" + NAME + "[^,;]*$"));

    /** Attributions that open the sentence: "Dilaporkan Reuters, ...", "Menurut Kremlin, ...", "According to AP, ...". */
    private static final List<Pattern> AT_START = List.of(
            Pattern.compile("^(?:dilaporkan|dilansir|dikutip|mengutip|menurut|melansir)\\s+(?:dari\\s+)?[^,;\"“”]{2,60},\\s*",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^dalam\\s+(?:berita|laporan)\\s+(?:yang\\s+dikutip\\s+)?[^,;\"“”]{2,80},\\s*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:according to|as reported by)\\s+[^,;]{2,60},\\s*", Pattern.CASE_INSENSITIVE));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]$");
    private static final Pattern SUMMARY_END = Pattern.compile("[.!?…][\"”’]?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]$");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;])");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*$");
    private static final Pattern QUOTATION_CLOSED_BY_COMMA = Pattern.compile("[,;]([\"”’])$");

    /** How long a summary may be. */
    public static final int MOST_WORDS = 30;

    private Summaries() {
    }

    /** The summary of the event that {@code expression} dates in {@code sentence}. */
    public static String of(String sentence, String expression) {
        String original = sentence.strip();
        String end = SENTENCE_END.matcher(original).find() ? original.substring(original.length() - 1) : "";
        String summary = withoutAttributions(end.isEmpty() ? original : original.substring(0, original.length() - 1));
        if (summary.isEmpty() || WHITESPACE.split(summary).length < 3) {
            summary = original; // nothing but attribution: better the whole sentence
        }
        summary = EventClause.withoutLead(EventClause.of(summary, expression)).strip();
        summary = shortened(summary, expression);
        if (!SUMMARY_END.matcher(summary).find()) {
            summary = summary + (end.isEmpty() ? "." : end);
        }
        return Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
    }

    /** At most {@value #MOST_WORDS} words: from the start when the date lies among them, else the words that end with it. */
    private static String shortened(String text, String expression) {
        String[] words = WHITESPACE.split(text);
        if (words.length <= MOST_WORDS) {
            return text;
        }
        int at = expression == null ? -1 : text.toLowerCase(Locale.ROOT).indexOf(expression.toLowerCase(Locale.ROOT));
        int lastWord = at < 0 ? 0 : WHITESPACE.split(text.substring(0, at + expression.length())).length;
        int from = Math.max(0, Math.min(lastWord + 3, words.length) - MOST_WORDS);
        String window = TRAILING_PUNCTUATION.matcher(String.join(" ", Arrays.copyOfRange(words, from, from + MOST_WORDS))).replaceFirst("");
        return (from > 0 ? "…" : "") + window + (from + MOST_WORDS < words.length ? "…" : "");
    }

    private static String withoutAttributions(String sentence) {
        String summary = sentence;
        for (Pattern attribution : ANYWHERE) {
            summary = attribution.matcher(summary).replaceAll("");
        }
        for (Pattern attribution : AT_END) {
            summary = attribution.matcher(summary).replaceAll("");
        }
        for (Pattern attribution : AT_START) {
            summary = attribution.matcher(summary).replaceFirst("");
        }
        // a quotation cut from its speaker closes with a full stop: "..., hal paling penting ...," ujar Shoigu
        summary = SPACE_BEFORE_PUNCTUATION.matcher(summary).replaceAll("$1");
        summary = TRAILING_COMMA.matcher(summary).replaceFirst("");
        return QUOTATION_CLOSED_BY_COMMA.matcher(summary).replaceFirst(".$1").strip();
    }
}
