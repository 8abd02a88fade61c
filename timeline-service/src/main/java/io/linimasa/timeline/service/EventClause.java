package io.linimasa.timeline.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that tells the event its date expression dates: "The region broke away
 * from Azerbaijan in the early 1990s, and a ceasefire ended the first war in 1994" holds two events,
 * one a clause each. Written by hand because no kept library splits Indonesian clauses: a sentence is
 * cut only where a comma is followed by a word that opens a clause ({@code summary/clauses.tsv}), or at
 * a semicolon or a spaced dash, and only where both sides keep a few words (a list of names, "Armenia,
 * Azerbaijan and Russia", is never cut). A relative clause takes the name before it as its subject.
 */
final class EventClause {

    /** A piece shorter than this is no clause of its own (a list item, an aside). */
    static final int SHORTEST_CLAUSE = 4;

    private static final List<String> LEADS = new ArrayList<>();
    private static final List<String> COORDINATORS = new ArrayList<>();
    private static final List<String> RELATIVES = new ArrayList<>();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HARD_BREAK = Pattern.compile("\\s*;\\s*|\\s+[–—-]\\s+");
    private static final Pattern OPENER;
    private static final Pattern LEAD;
    private static final Pattern TRAILING_NAME = Pattern.compile("((?:\\p{Lu}[\\p{L}\\p{N}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}.'’-]*)$");

    static {
        try (InputStream in = EventClause.class.getResourceAsStream("/summary/clauses.tsv")) {
            if (in == null) {
                throw new IllegalStateException("summary/clauses.tsv is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                switch (cells[1]) {
                    case "lead" -> LEADS.add(cells[0]);
                    case "coordinator" -> COORDINATORS.add(cells[0]);
                    case "relative" -> RELATIVES.add(cells[0]);
                    default -> throw new IllegalStateException("summary/clauses.tsv: unknown role " + cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> openers = new ArrayList<>(COORDINATORS);
        openers.addAll(RELATIVES);
        OPENER = Pattern.compile(",\\s+(" + alternation(openers) + ")\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        LEAD = Pattern.compile("^(?:" + alternation(LEADS) + ")(?:\\s*,\\s*|\\s+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private EventClause() {
    }

    /** A piece of the sentence between two cuts, with the word that opened it (null for the first or after a hard break). */
    private record Piece(int start, int end, String opener) {
    }

    /** The clause of {@code sentence} that holds {@code expression}; the whole sentence when it has one clause or the expression is not in it. */
    static String of(String sentence, String expression) {
        int at = expression == null || expression.isBlank() ? -1
                : sentence.toLowerCase(Locale.ROOT).indexOf(expression.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return sentence;
        }
        List<Piece> pieces = pieces(sentence);
        int core = 0;
        while (core + 1 < pieces.size() && pieces.get(core + 1).start() <= at) {
            core++;
        }
        Piece piece = pieces.get(core);
        String text = sentence.substring(piece.start(), piece.end()).strip();
        if (piece.opener() == null) {
            return text;
        }
        String rest = text.substring(piece.opener().length()).strip();
        if (RELATIVES.contains(piece.opener().toLowerCase(Locale.ROOT))) {
            Piece before = pieces.get(core - 1);
            Matcher name = TRAILING_NAME.matcher(sentence.substring(before.start(), before.end()).strip());
            // "..., di Nagorno-Karabakh, yang memisahkan diri ..." → "Nagorno-Karabakh memisahkan diri ..."
            return name.find() ? name.group(1) + " " + rest
                    : sentence.substring(before.start(), piece.end()).strip();
        }
        return rest;
    }

    /** The sentence without the connective that opens it ("Sementara itu, ...", "Bahkan ..."). */
    static String withoutLead(String text) {
        Matcher lead = LEAD.matcher(text);
        return lead.find() && text.length() > lead.end() ? text.substring(lead.end()) : text;
    }

    private static List<Piece> pieces(String sentence) {
        List<int[]> cuts = new ArrayList<>(); // {where the cut starts, where the next piece starts, where its opener ends or -1}
        Matcher hard = HARD_BREAK.matcher(sentence);
        while (hard.find()) {
            cuts.add(new int[] {hard.start(), hard.end(), -1});
        }
        Matcher opener = OPENER.matcher(sentence);
        while (opener.find()) {
            cuts.add(new int[] {opener.start(), opener.start(1), opener.end(1)});
        }
        cuts.sort(Comparator.comparingInt(c -> c[0]));
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        String openedBy = null;
        for (int[] cut : cuts) {
            // the words after the cut, without its opener: "..., dan bantuan timbal balik" ends a list
            if (cut[0] < start || words(sentence.substring(start, cut[0])) < SHORTEST_CLAUSE
                    || words(sentence.substring(cut[2] < 0 ? cut[1] : cut[2])) < SHORTEST_CLAUSE) {
                continue;
            }
            pieces.add(new Piece(start, cut[0], openedBy));
            start = cut[1];
            openedBy = cut[2] < 0 ? null : sentence.substring(cut[1], cut[2]);
        }
        pieces.add(new Piece(start, sentence.length(), openedBy));
        return pieces;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }

    private static String alternation(List<String> words) {
        List<String> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", longestFirst.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }
}
