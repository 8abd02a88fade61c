package io.linimasa.normalise.segment.html;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NoArticleFoundException;
import io.linimasa.normalise.NormalisedArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile pages are parsed within bounded time or refused as no article (a 422, never a 500 or a
 * hung worker). The bounds are generous for a busy machine; what they rule out is work that grows
 * with the square of the input.
 */
class HtmlHostileTest {

    private static final ArticleNormaliser NORMALISER = new ArticleNormaliser();
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String TITLE = "<title>Council approves budget</title>";
    private static final String PARAGRAPHS = ("<p>The council approved the new budget on Monday, after three weeks of "
            + "debate, and the mayor said the money would go to schools, roads and the harbour.</p>").repeat(3);

    private static NormalisedArticle normalise(String html) {
        return assertTimeoutPreemptively(BOUND, () -> NORMALISER.fromHtml(html, ArticleNormaliser.Hints.NONE));
    }

    private static void refused(String html, String why) {
        NoArticleFoundException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(NoArticleFoundException.class, () -> NORMALISER.fromHtml(html, ArticleNormaliser.Hints.NONE)));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void nestingAHundredThousandLevelsDeep() {
        String html = TITLE + "<div>".repeat(100_000) + PARAGRAPHS;
        assertTrue(normalise(html).body().startsWith("The council approved"));
        String unlikely = TITLE + "<div class=\"menu sidebar\">".repeat(100_000) + PARAGRAPHS;
        assertTrue(normalise(unlikely).body().startsWith("The council approved"));
    }

    @Test
    void attributesOfFiftyMegabytesAreRefusedUnread() {
        String huge = "<div class=\"" + "a".repeat(50_000_000) + "\">" + PARAGRAPHS + "</div>";
        refused(TITLE + huge, "larger than");
    }

    @Test
    void attributesOfMegabytesAreReadOnlyInPart() {
        String classes = "<div class=\"" + "comment ".repeat(500_000) + "\" style=\"" + "display:block;".repeat(200_000)
                + "\">" + PARAGRAPHS + "</div>";
        assertTrue(normalise(TITLE + classes).body().startsWith("The council approved"));
    }

    @Test
    void tooManyTagsOrReopenedFormattingAreRefused() {
        refused(TITLE + "<span>".repeat(HtmlBlocks.MAX_TAGS + 1), "tags");
        StringBuilder reopened = new StringBuilder(TITLE);
        for (int i = 0; i < 40_000; i++) {
            reopened.append("<p><b id=").append(i).append(">x</p>");
        }
        refused(reopened.toString(), "formatting tags");
    }

    @Test
    void scriptsNeverBecomeText() {
        String html = TITLE + "<script>" + "document.write('</scr' + 'ipt><p>Injected text from a script</p>');".repeat(20_000)
                + "</script>" + PARAGRAPHS + "<script>var unclosed = '" + "x".repeat(1_000_000);
        String body = normalise(html).body();
        assertFalse(body.contains("Injected") || body.contains("document.write") || body.contains("xxxx"), body);
    }

    @Test
    void brokenEncodingsAndControlCharacters() {
        String mojibake = "<p>Ã¢â‚¬â„¢ \uFFFD\uFFFD \uD800 lone surrogate \u0000 nul \u202E reversed \u0007 bell, "
                + "and the council approved it anyway on Monday after a long debate.</p>";
        NormalisedArticle a = normalise(TITLE + mojibake.repeat(2) + PARAGRAPHS);
        assertFalse(a.body().contains("\u0000") || a.body().contains("\u0007"), a.body());
        assertEquals("Council approves budget", a.title());
    }

    @Test
    void hostileJsonLdIsSkipped() {
        String html = TITLE + "<script type=\"application/ld+json\">" + "[".repeat(200_000) + "</script>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \""
                + "word ".repeat(400_000) + "\"}</script>" + PARAGRAPHS;
        assertTrue(normalise(html).body().startsWith("The council approved"));
    }

    @Test
    void oneParagraphOfHalfAMegabyte() {
        String html = TITLE + "<p>" + "Word, ".repeat(100_000) + "</p>" + PARAGRAPHS;
        assertTrue(normalise(html).paragraphs().size() >= 2);
    }
}
