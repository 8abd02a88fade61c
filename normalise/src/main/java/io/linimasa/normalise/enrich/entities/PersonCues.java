package io.linimasa.normalise.enrich.entities;

import io.linimasa.normalise.lexicon.Lexicon;
import io.linimasa.normalise.lexicon.Lexicons;
import io.linimasa.normalise.lexicon.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article introduces a person: after a title or office ("Kepala Badan Geologi Muhammad
 * Wafid", "Kapolri Jenderal Pol Listyo Sigit Prabowo") and as the speaker of a quote ("kata
 * Sutrisno", "said Hasmik Avetisyan"). The words are those of {@code normalise/entity-cues.tsv}.
 */
final class PersonCues {

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?|\\p{Lu}\\p{Ll}*'\\p{Ll}+");
    /** The speaker of a quote: "kata Sutrisno", "ujar Rahmat Hidayatullah", "said Hasmik Avetisyan". */
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tegas|terang|tulis|papar|sebut|said|says|told|added|wrote)(?:nya)?\\s+"
                    + "(\\p{Lu}[\\p{L}'’]+(?:[- ]\\p{Lu}[\\p{L}'’]+){0,5})");
    /** Where the words after a title stop belonging to it: a clause mark, a line end, a sentence end. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\"“”\\n]|(?<=\\p{Ll}{2})\\.(?:\\s|$)");

    private static final int HEADING_REACH = 200;

    private final Pattern titles;
    private final Set<String> ranks = new HashSet<>();
    private final Set<String> officeWords = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();

    PersonCues() {
        List<String> titleList = new ArrayList<>();
        for (String line : ResourceLines.read("entity-cues.tsv")) {
            String[] cells = line.split("\t");
            switch (cells[1]) {
                case "title" -> titleList.add(cells[0]);
                case "rank" -> ranks.add(cells[0]);
                case "office" -> officeWords.add(cells[0]);
                case "not-name" -> notNames.add(cells[0]);
                default -> {
                    // cues of other recognisers (org-head: OrganisationSpans)
                }
            }
        }
        titleList.sort(Comparator.comparingInt(String::length).reversed());
        titleList.forEach(t -> titleWords.addAll(Entities.tokens(t)));
        titles = Pattern.compile("\\b(?:" + Lexicon.alternation(titleList) + ")\\b");
        // weekdays may stand between a title and a name ("Kepala BMKG Senin ..."), never in a name
        for (String day : Lexicons.WEEKDAYS.texts(t -> t.has("full"))) {
            notNames.add(Character.toUpperCase(day.charAt(0)) + day.substring(1));
        }
    }

    /**
     * The people of a body, full names as tokens. {@code known} tells how many tokens at a position
     * name a known non-person entity (0 when none), to step over "Menteri Luar Negeri Prancis".
     */
    List<List<String>> people(String body, BiFunction<List<String>, Integer, Integer> known) {
        List<List<String>> people = new ArrayList<>();
        java.util.Map<List<String>, List<String>> trimmed = new java.util.HashMap<>();
        Matcher title = titles.matcher(body);
        while (title.find()) {
            if (inHeading(body, title.start())) {
                continue;
            }
            String window = body.substring(title.end(), Math.min(body.length(), title.end() + 160));
            Matcher end = CLAUSE_END.matcher(window);
            boolean ended = end.find();
            List<String> name = nameAfterTitle(Entities.tokens(ended ? window.substring(0, end.start()) : window), known);
            if (name == null && ended && end.group().equals(",")) {
                // the name in apposition: "Presiden Rusia, Vladimir Putin, ..."
                String rest = window.substring(end.end());
                Matcher next = CLAUSE_END.matcher(rest);
                name = leadingName(Entities.tokens(next.find() ? rest.substring(0, next.start()) : rest), 0);
                name = name.size() < 2 ? null : name;
            }
            if (name != null) {
                // each distinct run once: a page repeating one name costs one scan of it
                people.add(trimmed.computeIfAbsent(name, run -> FullNames.fromLaterMention(body, run)));
            }
        }
        Matcher speaker = SPEAKER.matcher(body);
        while (speaker.find()) {
            List<String> tokens = Entities.tokens(speaker.group(1));
            List<String> name = nameAfterTitle(tokens, known);
            if (name == null) {
                name = leadingName(tokens, 0);
            }
            if (name != null && !name.isEmpty() && known.apply(name, 0) == 0) {
                people.add(name);
            }
        }
        return people;
    }

    /** A title, then perhaps an office, known places or bodies, acronyms and ranks, then the name. */
    private List<String> nameAfterTitle(List<String> after, BiFunction<List<String>, Integer, Integer> known) {
        int i = 0;
        int lastKnown = -1;
        while (i < after.size() && i < 12) {
            String token = after.get(i);
            int knownLength = known.apply(after, i);
            if (knownLength > 0) {
                lastKnown = i;
                i += knownLength;
            } else if (officeWords.contains(token) || ranks.contains(token) || titleWords.contains(token)
                    || notNames.contains(token) && i == 0 || token.matches("\\p{Lu}{2,}|\\p{Lu}\\p{Ll}?|\\p{Lu}+-\\p{Lu}+")) {
                i++;
            } else {
                break;
            }
        }
        List<String> name = leadingName(after, i);
        if (name.size() < 2 && lastKnown >= 0) {
            // a first name that is also a place ("Presiden Rusia Vladimir Putin": Vladimir, Russia)
            name = leadingName(after, lastKnown);
        }
        return name.size() < 2 ? null : name;
    }

    /** Up to four name words from a position, stopping at a word that cannot be part of a name. */
    private List<String> leadingName(List<String> tokens, int from) {
        List<String> name = new ArrayList<>();
        // two words more than a name has, for an unknown body before it (FullNames.fromLaterMention)
        for (int j = from; j < tokens.size() && name.size() < FullNames.MAX_WORDS + 2; j++) {
            String token = tokens.get(j);
            if (!NAME_WORD.matcher(token).matches() || notNames.contains(token) || officeWords.contains(token)
                    || titleWords.contains(token) && !name.isEmpty()) {
                break;
            }
            name.add(token);
        }
        return name;
    }

    /** A line written in title case ("Warga Tagulandang Dievakuasi Malam Ini") is a heading, not prose. */
    private static boolean inHeading(String body, int at) {
        // a heading is short: look no further than a few hundred characters either side
        int start = at;
        while (start > 0 && at - start < HEADING_REACH && body.charAt(start - 1) != '\n') {
            start--;
        }
        int end = at;
        while (end < body.length() && end - at < HEADING_REACH && body.charAt(end) != '\n') {
            end++;
        }
        String line = body.substring(start, end);
        String[] words = line.trim().split("\\s+");
        if (words.length < 3 || line.endsWith(".")) {
            return false;
        }
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return capitalised * 4 >= words.length * 3;
    }
}
