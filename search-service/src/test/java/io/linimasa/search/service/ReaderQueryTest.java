package io.linimasa.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReaderQueryTest {

    private static ReaderQuery q(List<String> words, List<String> phrases, List<String> excluded) {
        return new ReaderQuery(words, phrases, excluded);
    }

    @Test
    void wordsPhrasesAndExclusions() {
        assertEquals(q(List.of("Putin", "Pashinyan"), List.of(), List.of()), ReaderQuery.parse("Putin Pashinyan"));
        assertEquals(q(List.of("senjata"), List.of("gencatan senjata kemanusiaan"), List.of()),
                ReaderQuery.parse("\"gencatan senjata kemanusiaan\" senjata"));
        assertEquals(q(List.of("gempa"), List.of(), List.of("Afghanistan")), ReaderQuery.parse("gempa -Afghanistan"));
        assertEquals(q(List.of("Karabakh"), List.of(), List.of("Sergei Lavrov")), ReaderQuery.parse("Karabakh -\"Sergei Lavrov\""));
        assertEquals(q(List.of(), List.of("Putin"), List.of()), ReaderQuery.parse("\"Putin\""));
    }

    @Test
    void aMinusInsideAWordIsPartOfIt() {
        assertEquals(q(List.of("Shin", "Tae-yong", "cross-border", "x-"), List.of(), List.of()),
                ReaderQuery.parse("Shin Tae-yong cross-border x-"));
        assertEquals(q(List.of(), List.of(), List.of("Nagorno-Karabakh")), ReaderQuery.parse("-Nagorno-Karabakh"));
    }

    @Test
    void loneAndRepeatedMinusSigns() {
        assertEquals(q(List.of("a1", "b2"), List.of(), List.of()), ReaderQuery.parse("a1 - b2 -"));
        assertEquals(q(List.of(), List.of(), List.of("Putin")), ReaderQuery.parse("--Putin"));
        assertEquals(q(List.of(), List.of(), List.of("Putin")), ReaderQuery.parse("\u2212Putin"));
        assertTrue(ReaderQuery.parse("- -- --- \u2212").isEmpty());
        assertEquals(q(List.of("Putin"), List.of(), List.of()), ReaderQuery.parse("-\" Putin"));
    }

    @Test
    void aQuoteWithoutItsPartnerIsIgnored() {
        assertEquals(q(List.of("gencatan", "senjata"), List.of(), List.of()), ReaderQuery.parse("\"gencatan senjata"));
        assertEquals(q(List.of("gencatan", "senjata"), List.of("running mate"), List.of()),
                ReaderQuery.parse("\"running mate\" \"gencatan senjata"));
        assertEquals(q(List.of("senjata"), List.of(), List.of("gencatan")), ReaderQuery.parse("-\"gencatan senjata"));
        assertEquals(q(List.of("abc"), List.of("def ghi"), List.of()), ReaderQuery.parse("abc\"def ghi\""));
        assertTrue(ReaderQuery.parse("\"").isEmpty());
        assertTrue(ReaderQuery.parse("\"\"\"\"\"").isEmpty());
    }

    @Test
    void curlyQuotesAreQuotes() {
        assertEquals(q(List.of(), List.of("operasi pasar"), List.of()), ReaderQuery.parse("\u201Coperasi pasar\u201D"));
        assertEquals(q(List.of(), List.of("operasi pasar"), List.of()), ReaderQuery.parse("\u201Eoperasi pasar\u201C"));
    }

    @Test
    void piecesWithoutLettersOrDigitsAreDropped() {
        assertTrue(ReaderQuery.parse("*** && || ( ) \"...\" -!!").isEmpty());
        assertEquals(q(List.of("AND", "(Putin", "body:*", "/regex/", "[1", "TO"), List.of(), List.of()),
                ReaderQuery.parse("AND (Putin body:* /regex/ [1 TO"));
    }

    @Test
    void controlAndInvisibleCharactersAreNoText() {
        assertEquals(q(List.of("Putin", "Pashinyan"), List.of(), List.of()), ReaderQuery.parse("Putin\u0000\t\nPashinyan\u0007"));
        assertEquals(q(List.of("Pashinyan"), List.of(), List.of()), ReaderQuery.parse("Pash\u200Binyan\u202E\uFEFF"));
        assertEquals(q(List.of("a1", "b2"), List.of(), List.of()), ReaderQuery.parse("a1\u00A0b2\u2003\uD800"));
        assertEquals(q(List.of("b2"), List.of(), List.of()), ReaderQuery.parse("\uDC00 b2"));
    }

    @Test
    void eachPartOnceIgnoringCaseInTheReadersOrder() {
        assertEquals(q(List.of("Putin", "Armenia"), List.of("Bank Indonesia"), List.of("Rusia")),
                ReaderQuery.parse("Putin Armenia -Rusia PUTIN armenia \"Bank   Indonesia\" \"bank indonesia\" -rusia"));
        assertEquals(q(List.of("Putin"), List.of(), List.of("putin")), ReaderQuery.parse("Putin -putin"));
    }

    @Test
    void aQueryKeepsAtMostMaxPartsOfEachSort() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("w").append(i).append(" -x").append(i).append(" \"p").append(i).append(" q\" ");
        }
        ReaderQuery query = ReaderQuery.parse(text.toString());
        assertEquals(ReaderQuery.MAX_PARTS, query.words().size() + query.phrases().size());
        assertEquals(ReaderQuery.MAX_PARTS, query.excluded().size());
        assertEquals("w0", query.words().get(0));
        assertEquals("p0 q", query.phrases().get(0));
    }

    @Test
    void aThousandCharactersOfAnythingIsSomeQuery() {
        assertEquals(q(List.of("x".repeat(1000)), List.of(), List.of()), ReaderQuery.parse("x".repeat(1000)));
        assertTrue(ReaderQuery.parse("-".repeat(1000)).isEmpty());
        assertTrue(ReaderQuery.parse("\"".repeat(999)).isEmpty());
        assertEquals(List.of("ab"), ReaderQuery.parse("\"ab".repeat(250)).words());
        Random random = new Random(15);
        String alphabet = "ab -\"\u201C\u201D\u2212\u0000\t\u200B\uD800\uDC00*()";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ReaderQuery query = ReaderQuery.parse(text.toString());
            for (String part : concat(query)) {
                assertFalse(part.isBlank());
                assertEquals(part.strip(), part);
                assertTrue(part.codePoints().anyMatch(Character::isLetterOrDigit), part);
                assertTrue(part.chars().noneMatch(c -> c == '"' || c == '\u201C' || c == '\u201D' || Character.isISOControl(c)), part);
            }
            for (String word : query.words()) {
                assertFalse(word.contains(" "), word);
            }
        }
    }

    @Test
    void nothingIsAnEmptyQuery() {
        assertTrue(ReaderQuery.parse(null).isEmpty());
        assertTrue(ReaderQuery.parse("").isEmpty());
        assertTrue(ReaderQuery.parse("   \t ").isEmpty());
        assertFalse(ReaderQuery.parse("-Putin").isEmpty());
        assertFalse(ReaderQuery.parse("-Putin").hasPositiveParts());
        assertTrue(ReaderQuery.parse("\"Putin\"").hasPositiveParts());
    }

    private static List<String> concat(ReaderQuery query) {
        return java.util.stream.Stream.of(query.words(), query.phrases(), query.excluded()).flatMap(List::stream).toList();
    }
}
