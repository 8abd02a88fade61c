package io.linimasa.normalise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.normalise.enrich.events.EventRule;
import io.linimasa.normalise.enrich.events.Events;
import io.linimasa.normalise.enrich.events.Resolved;
import io.linimasa.normalise.label.Boilerplate;
import io.linimasa.normalise.lexicon.Cues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule has a table of cases, and every case holds; a rule without a case fails here. The
 * hostile-input loop runs every rule over long runs of the characters rules are made of.
 */
class RuleCasesTest {

    /** The classes that declare line rules; {@link #everyClassWithLineRulesIsListed} keeps the list whole. */
    private static final List<Class<?>> FAMILIES = families();

    private static List<Class<?>> families() {
        try {
            return List.of(
                    io.linimasa.normalise.fields.PublicationTimes.class,
                    io.linimasa.normalise.fields.Outlets.class,
                    io.linimasa.normalise.fields.Bylines.class,
                    io.linimasa.normalise.fields.CreditLines.class,
                    io.linimasa.normalise.label.Captions.class,
                    io.linimasa.normalise.label.Menus.class,
                    io.linimasa.normalise.label.ListItems.class,
                    io.linimasa.normalise.region.Leads.class,
                    Class.forName("io.linimasa.normalise.region.BodyReader"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private record LineCase(String rule, boolean fires, String input) {
    }

    private static List<String[]> table(String resource, int columns) {
        try (InputStream in = RuleCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertEquals(columns, cells.length, resource + ": " + line);
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LineCase> lineCases() {
        return table("rule-cases.tsv", 3).stream().map(c -> new LineCase(c[0], c[1].equals("yes"), c[2])).toList();
    }

    @Test
    void everyLineRuleHasCasesBothWaysAndTheyHold() {
        Map<String, LineRule> rules = new HashMap<>();
        FAMILIES.forEach(type -> RuleBook.lineRules(type).forEach(rule -> rules.put(rule.name(), rule)));
        Set<String> firing = new HashSet<>();
        Set<String> notFiring = new HashSet<>();
        for (LineCase c : lineCases()) {
            LineRule rule = rules.get(c.rule());
            assertTrue(rule != null, "a case for no rule: " + c.rule());
            assertEquals(c.fires(), rule.test(c.input()), c.rule() + " on \"" + c.input() + "\"");
            (c.fires() ? firing : notFiring).add(c.rule());
        }
        for (String name : rules.keySet()) {
            assertTrue(firing.contains(name), name + " has no case it fires on");
            assertTrue(notFiring.contains(name), name + " has no case it does not fire on");
        }
    }

    @Test
    void everyPhraseRuleGivesItsOwnCaseItsVerdict() {
        Boilerplate boilerplate = new Boilerplate();
        for (Boilerplate.PhraseRule rule : Boilerplate.rules()) {
            assertTrue(rule.test(rule.example()), rule.name());
            assertEquals(rule.verdict(), boilerplate.judge(rule.example()), rule.name());
        }
        assertEquals(Boilerplate.Verdict.ARTICLE, boilerplate.judge("Pasukan Armenia berjaga di perbatasan sejak Sabtu pagi."));
    }

    @Test
    void everyEventRuleHasACaseAndItHolds() {
        Set<String> covered = new HashSet<>();
        Map<String, EventRule> rules = new HashMap<>();
        Events.rules().forEach(rule -> rules.put(rule.name(), rule));
        for (String[] c : table("event-cases.tsv", 5)) {
            EventRule rule = rules.get(c[0]);
            assertTrue(rule != null, "a case for no rule: " + c[0]);
            LocalDate published = c[1].equals("-") ? null : LocalDate.parse(c[1]);
            Matcher m = rule.pattern().matcher(c[2]);
            assertTrue(m.find(), c[0] + " finds nothing in: " + c[2]);
            assertEquals(c[3], m.group(), c[0]);
            // the expression alone has the cues the rule needs: a sentence is never spared a rule that matches it
            assertTrue(rule.mayMatch(Cues.of(m.group()), m.group().toLowerCase(Locale.ROOT)),
                    c[0] + " needs cues or words its own expression lacks: " + m.group());
            Resolved resolved = rule.resolver().resolve(m.toMatchResult(),
                    new EventRule.Context(published, List.of(), null, null, c[2]));
            assertEquals(c[4], resolved == null ? "-" : resolved.date(), c[0] + " on: " + c[2]);
            covered.add(c[0]);
        }
        for (String name : rules.keySet()) {
            assertTrue(covered.contains(name), name + " has no case");
        }
    }

    /** The characters and shapes rules are made of; each is repeated up to a rule's bound and past it. */
    private static final List<String> HOSTILE_UNITS = List.of("a", "A", " ", "a ", "Aa ", "1", "1/", "1 ", "(", ")", "-", "- ",
            ":", ", ", ".", "a.", "A.", "Aa, ", "x/Y ", "Nama Orang & ", "'", "© ", "| ", "Jan ", "2020 ", "kata ");

    @Test
    void everyRuleStaysBoundedOnHostileInput() {
        for (Rule rule : RuleBook.all(FAMILIES)) {
            List<String> units = new ArrayList<>(HOSTILE_UNITS);
            if (rule instanceof Boilerplate.PhraseRule phrase) {
                units.add(phrase.example());
            }
            int fill = Math.min(rule.maxLength(), 20_000);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                for (String unit : units) {
                    String within = unit.repeat(Math.max(1, fill / unit.length()));
                    rule.test(within.substring(0, Math.min(within.length(), rule.maxLength())));
                    rule.test(unit.repeat(Math.max(1, 2 * fill / unit.length() + 1)));
                }
            }, rule.name());
        }
    }

    @Test
    void ruleNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (Rule rule : RuleBook.all(FAMILIES)) {
            assertTrue(names.add(rule.name()), "two rules named " + rule.name());
        }
    }

    /** A class that declares a line rule and is not in {@link #FAMILIES} would have rules without cases. */
    @Test
    void everyClassWithLineRulesIsListed() throws IOException, URISyntaxException {
        Path classes = Path.of(LineRule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name);
                    if (!RuleBook.lineRules(type).isEmpty() && !FAMILIES.contains(type)) {
                        unlisted.add(name);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError(name, e);
                }
            }
        }
        assertFalse(FAMILIES.isEmpty());
        assertEquals(List.of(), unlisted, "classes with line rules that the case table does not cover");
    }
}
