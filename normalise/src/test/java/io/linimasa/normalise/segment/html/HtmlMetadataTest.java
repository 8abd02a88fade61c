package io.linimasa.normalise.segment.html;

import io.linimasa.normalise.Markup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    private static HtmlMetadata.Found read(String html) {
        return HtmlMetadata.read(Jsoup.parse(html));
    }

    @Test
    void jsonLdNewsArticleInAGraph() {
        HtmlMetadata.Found found = read("""
                <html lang="en-GB"><head><title>Ignored | Daily Planet</title>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Daily Planet"},
                  {"@type": ["NewsArticle"], "headline": "Dam opens after ten years",
                   "datePublished": "2020-10-31T19:05:00+07:00",
                   "author": [{"@type": "Person", "name": "Lois Lane"}, {"@type": "Person", "name": "Clark Kent"}],
                   "publisher": {"@type": "Organization", "name": "Daily Planet"},
                   "articleBody": "The dam opened on Saturday.",}
                ]}
                </script></head><body><h1>Other words</h1></body></html>
                """);
        Markup m = found.markup();
        assertEquals("Dam opens after ten years", m.title());
        assertEquals(OffsetDateTime.parse("2020-10-31T19:05+07:00"), m.publishedAt());
        assertEquals(List.of("Lois Lane", "Clark Kent"), m.authors());
        assertEquals("Daily Planet", m.outlet());
        assertEquals("en", m.language());
        assertEquals("The dam opened on Saturday.", found.articleBody());
    }

    @Test
    void openGraphAndArticleMetaWhenNoJsonLd() {
        Markup m = read("""
                <html><head><title>Page title</title>
                <meta property="og:title" content="Dam opens | Daily Planet">
                <meta property="og:site_name" content="Daily Planet">
                <meta property="article:published_time" content="2020-10-31T12:05:00+0000">
                <meta name="author" content="By Lois Lane">
                <meta property="article:author" content="https://www.facebook.com/loislane">
                </head><body></body></html>
                """).markup();
        assertEquals("Dam opens", m.title(), "the site name suffix is not part of the headline");
        assertEquals(OffsetDateTime.parse("2020-10-31T12:05Z"), m.publishedAt());
        assertEquals(List.of("Lois Lane"), m.authors(), "an address is no name");
        assertEquals("Daily Planet", m.outlet());
        assertNull(m.language());
    }

    @Test
    void timeElementRelAuthorAndHeading() {
        Markup m = read("""
                <html lang="id"><body><article><h1>Rusia Janji Lindungi Armenia</h1>
                <a rel="author" href="/penulis/x">Faisal Rizal</a>
                <time datetime="2020-11-23T16:56:00+07:00">23 November 2020</time>
                <p>Teks.</p></article></body></html>
                """).markup();
        assertEquals("Rusia Janji Lindungi Armenia", m.title());
        assertEquals(OffsetDateTime.parse("2020-11-23T16:56+07:00"), m.publishedAt());
        assertEquals(List.of("Faisal Rizal"), m.authors());
        assertEquals("id", m.language());
    }

    @Test
    void knownOutletsTakeTheirUsualSpelling() {
        assertEquals("Kompas.com", read("<meta property=og:site_name content=KOMPAS.com>").markup().outlet());
    }

    @Test
    void malformedOrHostileJsonLdIsIgnored() {
        String deep = "[".repeat(100_000);
        Markup m = read("<html><head><script type=application/ld+json>" + deep + "</script>"
                + "<script type=application/ld+json>{\"@type\": \"NewsArticle\", headline: oops</script>"
                + "<meta property=og:title content=\"Still read\"></head><body></body></html>").markup();
        assertEquals("Still read", m.title());
    }

    @Test
    void timesWithoutAZoneAreNotGuessed() {
        assertNull(HtmlMetadata.parseTime("2020-10-31T19:05:00"));
        assertNull(HtmlMetadata.parseTime("31 October 2020"));
        assertEquals(OffsetDateTime.parse("2020-10-31T19:05+07:00"), HtmlMetadata.parseTime("2020-10-31 19:05:00+0700"));
        assertTrue(HtmlMetadata.parseTime("x".repeat(10_000)) == null);
    }
}
