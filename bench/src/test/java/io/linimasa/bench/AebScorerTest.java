package io.linimasa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The port of evaluate.py: expected values are what evaluate.py's own functions return. */
class AebScorerTest {

    private static final double EPSILON = 1e-12;

    @Test
    void tokensArePythonWordCharacters() {
        // _tokenize('Hello, world_1 ½ café naïve x²  日本語テキスト\u0301 ok')
        assertEquals(List.of("Hello", "world_1", "½", "café", "naïve", "x²", "日本語テキスト", "ok"),
                AebScorer.tokens("Hello, world_1 ½ café naïve x²  日本語テキスト\u0301 ok"));
    }

    @Test
    void shortTextsMakeOneShorterShingle() {
        assertEquals(Map.of("one two", 1), AebScorer.shingles("one two"));
        assertEquals(Map.of(), AebScorer.shingles(""));
    }

    @Test
    void pagesAndAverages() {
        AebScorer.Counts partial = AebScorer.match("a b c d e f", "a b c d x y");
        assertEquals(0.2, partial.tp(), EPSILON);
        assertEquals(0.4, partial.fp(), EPSILON);
        assertEquals(0.4, partial.fn(), EPSILON);
        AebScorer.Counts missed = AebScorer.match("one two three four five", "");
        assertEquals(new AebScorer.Counts(0, 0, 1), missed);
        AebScorer.Counts nothing = AebScorer.match("", "");
        assertEquals(new AebScorer.Counts(0, 0, 0), nothing);
        // metrics_from_tp_fp_fns: precision only where tp + fp > 0, recall only where tp + fn > 0
        AebScorer.Metrics m = AebScorer.metrics(List.of(partial, missed, nothing));
        assertEquals(1.0 / 3, m.precision(), EPSILON);
        assertEquals(1.0 / 6, m.recall(), EPSILON);
        assertEquals(2.0 / 9, m.f1(), EPSILON);
    }

    @Test
    void pagesDecodeInTheirDeclaredCharset() {
        byte[] latin = "<html><head><meta charset=\"ISO-8859-1\"></head><body>caf\u00e9</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(true, AebPages.decode(latin).contains("café"));
        byte[] declared = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\u041c\u0438\u0440</p>"
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        assertEquals(true, AebPages.decode(declared).contains("Мир"));
        byte[] undeclared = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(true, AebPages.decode(undeclared).contains("café"));
    }
}
