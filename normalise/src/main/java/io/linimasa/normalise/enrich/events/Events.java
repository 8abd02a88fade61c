package io.linimasa.normalise.enrich.events;

import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.EntityMention;
import io.linimasa.normalise.EntityType;
import io.linimasa.normalise.Granularity;
import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.fields.PublicationTimes;
import io.linimasa.normalise.lexicon.Cue;
import io.linimasa.normalise.lexicon.Cues;
import io.linimasa.normalise.lexicon.Lexicons;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Finds the dated events a body reports and resolves each date against the publication date.
 * Written as a rule table because no library handles Indonesian temporal expressions well
 * (HeidelTime's Indonesian rules are machine-made and miss most of the forms below).
 *
 * <p>How the table is read:
 * <ul>
 * <li>Rules are tried in order over each sentence; a later rule never takes text an earlier one
 *     matched, so the fuller forms come first ("Sabtu (31/10/2020)" before "Sabtu").</li>
 * <li>Each rule has a {@link Kind}: {@code ABSOLUTE} dates stand alone, {@code ANCHORED} ones need
 *     a year (from the publication date or, when that is unknown, from the article's own absolute
 *     dates), {@code RELATIVE} ones need the publication date or the previous dated event.</li>
 * <li>A weekday alone is the nearest such day on or before publication, a day and month without a
 *     year the nearest before publication, unless the clause speaks of the future ("akan", "will",
 *     "depan", "next"): then the nearest on or after.</li>
 * <li>A relative expression right beside an absolute one ("kemarin, Jumat (30/10)") is one
 *     expression with the absolute date.</li>
 * <li>An expression that cannot be resolved (no publication date, no earlier event, a vague "a few
 *     days ago") is still an event, with a null date: it never reaches a timeline. A date is never
 *     guessed from the time of ingest.</li>
 * <li>Date lines, photo captions and links to other stories are not events.</li>
 * </ul>
 */
public final class Events {

    private record Found(int start, int end, EventRule rule, MatchResult match) {
    }

    private record Event(int start, int end, EventRule.Kind kind, Resolved resolved) {
    }

    /** A personal pronoun as the subject: at the start, or after one short opening phrase ("Kemarin, ia ..."). */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "^(?:[^,.;]{1,40},\\s*)?(?:" + Lexicons.PRONOUNS.alternation() + ")\\b", Pattern.CASE_INSENSITIVE);

    /** Paragraphs that are no part of the story's events: the page's date line, links, captions. */
    private static final Pattern LINK = Pattern.compile(
            "^(?:" + Lexicons.RELATED_LINKS.alternation(t -> t.has("prefix")) + ")\\b.*|^\\[?gambas:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:foto|photo|ilustrasi|caption|keterangan\\s+foto)\\s*:.*"
                    + "|.*(?:\\b(?:" + Lexicons.CAPTION_AGENCIES.alternation() + ")\\s*/\\s*[\\p{L}. ]{2,40}"
                    + "|\\b(?:twitter|x|instagram|facebook)\\.com/\\S+|\\((?:foto|photo|dok|doc)[.:][^)]*\\))\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final Entities.Article entities;

    public Events(Entities.Article entities) {
        this.entities = entities;
    }

    /** The rules, in the order they are tried (for tests and documentation). */
    public static List<EventRule> rules() {
        return EventRules.all();
    }

    // ---- Finding -----------------------------------------------------------------------------

    /** The dated events of a body, in reading order. */
    public List<DatedEvent> find(List<String> paragraphs, LocalDate published) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!isEventText(paragraph)) {
                continue;
            }
            for (String sentence : sentences(paragraph)) {
                if (isEventText(sentence)) {
                    sentences.add(sentence);
                }
            }
        }
        List<Integer> years = published == null ? articleYears(sentences) : List.of();
        List<DatedEvent> events = new ArrayList<>();
        Resolved previous = null;
        String lastPerson = null;
        for (String sentence : sentences) {
            List<EntityMention> named = entities.find(sentence);
            List<String> names = actors(sentence, named, lastPerson);
            for (Event event : resolve(sentence, published, years, previous)) {
                Resolved r = event.resolved();
                events.add(new DatedEvent(r == null ? null : r.date(), r == null ? null : r.granularity(),
                        r == null ? null : r.start(), r == null ? null : r.end(),
                        sentence.substring(event.start(), event.end()).strip(), sentence, names));
                if (r != null) {
                    previous = r;
                }
            }
            // the actor a later pronoun stands for: the first person of the last sentence that names one (its subject, as a rule)
            lastPerson = named.stream().filter(m -> m.type() == EntityType.PERSON).map(EntityMention::name).findFirst()
                    .orElse(lastPerson);
        }
        return events;
    }

    /**
     * A sentence's entities; when its subject is a personal pronoun ("Dia meminta bantuan Moskwa",
     * "Kemarin, ia ...", "He also met Borrell"), the article's last named actor stands in for it: the first
     * person of the last sentence that names one ("Pashinyan menulis kepada Putin. Dia meminta ..." is Pashinyan).
     */
    static List<String> actors(String sentence, List<EntityMention> named, String lastPerson) {
        Set<String> names = new LinkedHashSet<>();
        if (lastPerson != null && PRONOUN_SUBJECT.matcher(sentence).find()) {
            names.add(lastPerson);
        }
        named.forEach(m -> names.add(m.name()));
        return List.copyOf(names);
    }

    /**
     * The years of the article's absolute dates, most recent first: days and months first, bare years
     * and decades only when there is nothing finer.
     */
    private static List<Integer> articleYears(List<String> sentences) {
        List<Integer> fine = new ArrayList<>();
        List<Integer> coarse = new ArrayList<>();
        EventRule.Context none = new EventRule.Context(null, List.of(), null, null, null);
        for (String sentence : sentences) {
            for (Found found : match(sentence, none)) {
                if (found.rule().kind() != EventRule.Kind.ABSOLUTE) {
                    continue;
                }
                Resolved r = found.rule().resolver().resolve(found.match(), none);
                if (r == null || r.granularity() == Granularity.DECADE) {
                    continue;
                }
                (r.granularity() == Granularity.YEAR ? coarse : fine).add(r.start().getYear());
            }
        }
        List<Integer> years = fine.isEmpty() ? coarse : fine;
        return years.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The events of one sentence, resolved in reading order (a "kemudian" leans on the one before it). */
    private static List<Event> resolve(String sentence, LocalDate published, List<Integer> years, Resolved previous) {
        List<Event> events = new ArrayList<>();
        Resolved last = previous;
        Event yearGiver = null;
        for (Found found : match(sentence, new EventRule.Context(published, years, null, null, sentence))) {
            Integer sentenceYear = yearGiver == null ? null : yearGiver.resolved().start().getYear();
            Resolved r;
            try {
                r = found.rule().resolver().resolve(found.match(), new EventRule.Context(published, years, last, sentenceYear, sentence));
            } catch (RuntimeException e) {
                continue;
            }
            if (sentenceYear != null && found.rule().kind() == EventRule.Kind.ANCHORED && r != null) {
                // "Tahun lalu, bentrokan ... pada September": one event, dated by the finer expression
                events.remove(yearGiver);
                yearGiver = null;
            }
            Event event = new Event(found.start(), found.end(), found.rule().kind(), r);
            events.add(event);
            if (r != null) {
                last = r;
                if (r.granularity() == Granularity.YEAR && r.start().getYear() == r.end().getYear()) {
                    yearGiver = event;
                }
            }
        }
        return joinNeighbours(sentence, events);
    }

    /**
     * What every rule needs at least one of: a digit or a word of time (weekday, month, a unit or
     * a relative word). One pass of the keyword prefilter spares most sentences the whole table.
     */
    private static final long TEMPORAL_CUES = Cue.any(Cue.DIGIT, Cue.MONTH, Cue.WEEKDAY, Cue.TIME_WORD);

    /** The expressions of one sentence: every rule in order, none taking text an earlier one matched. */
    private static List<Found> match(String sentence, EventRule.Context context) {
        List<Found> found = new ArrayList<>();
        long cues = Cues.of(sentence);
        if ((cues & TEMPORAL_CUES) == 0) {
            return found; // no digit and no word of time: no rule can match, none is run
        }
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        for (EventRule rule : EventRules.all()) {
            if (!rule.mayMatch(cues, lowerCase)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> start < f.end() && f.start() < end)) {
                    continue;
                }
                MatchResult result = m.toMatchResult();
                try {
                    rule.resolver().resolve(result, context); // only to learn whether it is a date at all
                } catch (RuntimeException e) {
                    continue; // not a date after all (day 31 of a short month, a number that is no year)
                }
                found.add(new Found(start, end, rule, result));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * A relative expression right beside a day-level absolute one ("kemarin, Jumat (30/10)",
     * "Sabtu kemarin (31/10)") is one expression: the absolute date wins.
     */
    private static List<Event> joinNeighbours(String sentence, List<Event> events) {
        List<Event> joined = new ArrayList<>();
        for (Event event : events) {
            if (!joined.isEmpty()) {
                Event before = joined.get(joined.size() - 1);
                String gap = sentence.substring(before.end(), event.start());
                if (gap.matches("[\\s,]*") && (isDayRelative(before) && isDay(event) || isDay(before) && isDayRelative(event))) {
                    Resolved date = before.kind() == EventRule.Kind.RELATIVE ? event.resolved() : before.resolved();
                    joined.set(joined.size() - 1, new Event(before.start(), event.end(), EventRule.Kind.ABSOLUTE, date));
                    continue;
                }
            }
            joined.add(event);
        }
        return joined;
    }

    private static boolean isDay(Event e) {
        return e.kind() != EventRule.Kind.RELATIVE && e.resolved() != null && e.resolved().granularity() == Granularity.DAY;
    }

    private static boolean isDayRelative(Event e) {
        return e.kind() == EventRule.Kind.RELATIVE && (e.resolved() == null || e.resolved().granularity() == Granularity.DAY);
    }

    /** Whether a paragraph or sentence may report events: not the page's date line, a link to another story or a caption. */
    static boolean isEventText(String text) {
        String t = text.strip();
        if (t.isEmpty() || LINK.matcher(t).matches() || CAPTION.matcher(t).matches()) {
            return false;
        }
        return PublicationTimes.parse(t).isEmpty();
    }

    static final int LONGEST_SENTENCE = 2000;

    static List<String> sentences(String paragraph) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag("id"));
        iterator.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = paragraph.substring(start, end).strip();
            // Prose sentences are far shorter; a longer run is no sentence, and the rule table is
            // not run over it (it would cost seconds on a hostile page for no event).
            if (!sentence.isEmpty() && sentence.length() <= LONGEST_SENTENCE) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
