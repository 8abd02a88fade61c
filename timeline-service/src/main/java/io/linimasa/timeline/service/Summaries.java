package io.linimasa.timeline.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A readable summary of an event: its sentence without the attributions that news wraps around
 * facts ("kata Pashinyan", "sebagaimana dilansir dari Al Arabiya", "he said").
 */
public final class Summaries {

    private static final List<Pattern> ATTRIBUTIONS = List.of(
            Pattern.compile(",?\\s*(?:sebagaimana|seperti(?: yang)?)\\s+(?:dilansir|dikutip|diberitakan|dilaporkan)(?:\\s+(?:dari|oleh))?\\s+"
                    + "(?:[^,.;\"“”]+?\\s+berjudul\\s+[\"“][^\"”]*[\"”]|[^,.;\"“”]+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",?\\s*(?:dilansir|dikutip)\\s+(?:dari\\s+)?[^,.;\"“”]+", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",?\\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tambah)(?:nya)?\\s+\\p{Lu}[^,.;]*(?=[.;]?\\s*$)"),
            Pattern.compile(",?\\s*menurut\\s+[^,.;]+(?=[.;]?\\s*$)", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",?\\s*(?:according to|as reported by|reported by)\\s+[^,.;]+", Pattern.CASE_INSENSITIVE),
            Pattern.compile(",\\s*(?:[\\p{L}\\p{N}.'’-]+\\s+){1,4}(?:said|says|told [^,.;]+)(?=[.;]?\\s*$)"),
            Pattern.compile(",?\\s*said\\s+\\p{Lu}[^,.;]*(?=[.;]?\\s*$)"));

    private Summaries() {
    }

    public static String of(String sentence) {
        String summary = sentence.strip();
        for (Pattern attribution : ATTRIBUTIONS) {
            summary = attribution.matcher(summary).replaceAll("");
        }
        summary = summary.replaceAll("\\s+([,.;])", "$1").replaceAll(",\\s*\\.", ".").strip();
        if (summary.isEmpty()) {
            return sentence.strip();
        }
        if (!summary.matches(".*[.!?\"”]$")) {
            summary = summary + ".";
        }
        return Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
    }
}
