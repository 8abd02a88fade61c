package io.linimasa.normalise.segment.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {

    private static final String P1 = "The council approved the new budget on Monday, after three weeks of debate, "
            + "and the mayor said the money would go to schools, roads and the harbour.";
    private static final String P2 = "Opposition members, who had asked for a larger share for housing, voted against it, "
            + "but said they would not challenge the decision in court.";
    private static final String P3 = "The budget takes effect in January, when the first payments to schools are due, "
            + "according to the finance office.";

    private static List<String> blocks(String html) {
        return HtmlBlocks.read(html).texts();
    }

    private static String page(String article) {
        return """
                <html><head><title>Council approves budget | City News</title>
                <meta property="og:site_name" content="City News"></head><body>
                <header class="site-header"><a href="/">City News</a> <a href="/politics">Politics</a></header>
                <nav><ul><li><a href="/a">Sports</a></li><li><a href="/b">Weather</a></li></ul></nav>
                <div class="layout">
                """ + article + """
                <div class="sidebar"><h3>Most read</h3><ul>
                <li><a href="/1">A story about something else entirely, with many words in it</a></li>
                <li><a href="/2">Another story about something else, also with many words</a></li></ul></div>
                </div>
                <section id="comments"><p>I think the council is wrong about this, as always, and so are you.</p>
                <p>Nobody asked me, but the harbour needs the money more than the schools do.</p></section>
                <footer>Copyright City News. All rights reserved.</footer></body></html>
                """;
    }

    @Test
    void theArticleWithoutItsPageTitleFirst() {
        List<String> b = blocks(page("<article><h1>Council approves budget</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></article>"));
        assertEquals(List.of("Council approves budget", P1, P2, P3), b);
    }

    @Test
    void furnitureInsideTheArticleIsLeftOut() {
        List<String> b = blocks(page("""
                <div class="story-body">
                <h1>Council approves budget</h1>
                <div class="byline">By Jane Doe</div>
                <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <span>Share this</span></div>
                <p>""" + P1 + """
                </p>
                <figure><img src="x.jpg"><figcaption>The council chamber on Monday. Photo: City News</figcaption></figure>
                <p>""" + P2 + """
                </p>
                <h2>What happens next</h2>
                <p>""" + P3 + """
                </p>
                <ul><li>Schools: half of the money</li><li>Roads: a third of it</li><li>The harbour: the rest</li></ul>
                <div class="related-articles"><h4>Related</h4><ul><li><a href="/r1">Budget row explained</a></li>
                <li><a href="/r2">Mayor under pressure</a></li></ul></div>
                <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>
                </div>
                """));
        assertEquals(List.of("Council approves budget", P1, P2, "What happens next", P3,
                "Schools: half of the money", "Roads: a third of it", "The harbour: the rest"), b);
    }

    @Test
    void noMenuSidebarCommentsOrFooter() {
        String text = String.join("\n", blocks(page("<div class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p></div>")));
        for (String furniture : List.of("Sports", "Most read", "A story about", "I think the council", "Copyright")) {
            assertFalse(text.contains(furniture), furniture);
        }
        assertTrue(text.contains(P1) && text.contains(P2));
    }

    @Test
    void anArticleSplitAroundPicturesIsKeptWhole() {
        List<String> b = blocks(page("""
                <div class="article"><div class="part"><p>""" + P1 + "</p><p>" + P2 + """
                </p></div>
                <div class="picture-wrapper"><figure><img src="a.jpg"><figcaption>A picture</figcaption></figure></div>
                <div class="part"><p>""" + P3 + """
                </p></div></div>
                """));
        assertEquals(List.of("Council approves budget", P1, P2, P3), b);
    }

    @Test
    void quotedPostsStayInTheStory() {
        List<String> b = blocks(page("<article><p>" + P1 + "</p><div class=\"social-embed\"><blockquote class=\"twitter-tweet\">"
                + "<p>We did it, the budget passed!</p>— Mayor (@mayor) November 18, 2019</blockquote></div><p>" + P2
                + "</p></article>"));
        assertTrue(b.contains("We did it, the budget passed!"), b.toString());
    }

    @Test
    void oldLayoutsWithBreaksAndTables() {
        List<String> b = blocks("""
                <html><body><table><tr><td class="menu"><a href="/">Home</a><br><a href="/x">News</a></td>
                <td class="main">""" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + """
                </td></tr></table></body></html>
                """);
        assertEquals(List.of(P1, P2, P3), b);
    }

    @Test
    void aStatedBodyTrimsTheEdges() {
        String stated = P1 + " " + P2 + " " + P3;
        List<String> b = blocks("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves budget",
                "articleBody": \"""" + stated + """
                "}</script></head><body><article><p>Updated November 18, 2019, 4:46 PM by the City News Staff desk team</p>
                <p>""" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + """
                </p><p>Follow City News on every network and never miss a single story from the council again.</p></article>
                </body></html>
                """);
        assertEquals(List.of("Council approves budget", P1, P2, P3), b);
    }

    @Test
    void anEmptyPageHasNoBlocks() {
        assertEquals(List.of(), blocks("<html><body><script>var x = 1;</script></body></html>"));
    }
}
