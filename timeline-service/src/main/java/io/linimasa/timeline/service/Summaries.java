package io.linimasa.timeline.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A readable summary of an event: its sentence without the attributions that news wraps around
 * facts ("kata Pashinyan", "sebagaimana dilansir dari Al Arabiya", "Dilaporkan Reuters, ...",
 * "..., the Kremlin said", "according to ..."). Reported speech stays: in "Putin said Moscow had
 * offered a compromise" the saying is the event.
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
            Pattern.compile(",?\\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tambah|tegas)(?:nya)?\\s+\\p{Lu}[^;]*$"),
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

    private Summaries() {
    }

    public static String of(String sentence) {
        String original = sentence.strip();
        String end = original.matches("(?s).*[.!?]$") ? original.substring(original.length() - 1) : "";
        String summary = end.isEmpty() ? original : original.substring(0, original.length() - 1);
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
        summary = summary.replaceAll("\\s+([,.;])", "$1").replaceAll(",\\s*$", "").replaceAll("[,;]([\"”’])$", ".$1").strip();
        if (summary.isEmpty() || summary.split("\\s+").length < 3) {
            return original; // nothing but attribution: better the whole sentence
        }
        if (!summary.matches("(?s).*[.!?]([\"”’])?$")) {
            summary = summary + (end.isEmpty() ? "." : end);
        }
        return Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
    }
}
