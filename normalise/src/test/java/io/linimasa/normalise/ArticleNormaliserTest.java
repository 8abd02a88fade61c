package io.linimasa.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormaliserTest {

    private static final ArticleNormaliser NORMALISER = new ArticleNormaliser();
    private static final List<String> BOILERPLATE = List.of("Baca Juga", "Baca juga", "Editor:", "Sumber", "Tags",
            "Terkini", "Terpopuler", "Halaman", "Rekomendasi", "komentar", "Verified Writer", "(sya)", "Topik",
            "Ministry of Defence", "KSAU", "Hizbullah", "Israel Mau", "twitter.com", "AP/");

    private static NormalisedArticle seed(String prefix) {
        return NORMALISER.fromText(Seeds.read(prefix), ArticleNormaliser.Hints.NONE);
    }

    @Test
    void wartaPontianak() {
        NormalisedArticle a = seed("000");
        assertEquals("Armenia Berusaha Jalin Pakta Pertahanan dengan Rusia Setelah Kalah Perang Lawan Azerbaijan", a.title());
        assertEquals(OffsetDateTime.parse("2020-11-23T16:56+07:00"), a.publishedAt());
        assertEquals("Warta Pontianak", a.outlet());
        assertEquals(List.of("Faisal Rizal"), a.editors());
        assertEquals(List.of(), a.authors());
        assertNull(a.dateline());
        assertEquals("id", a.language());
        assertTrue(a.paragraphs().get(0).startsWith("Negara Armenia sakit hati"), a.paragraphs().get(0));
        assertTrue(a.paragraphs().get(a.paragraphs().size() - 1).endsWith("langsung di Nagorno Karabakh."));
        assertEquals(13, a.paragraphs().size());
    }

    @Test
    void vivaPrintsNoPublicationTime() {
        NormalisedArticle a = seed("001");
        assertNull(a.publishedAt(), "dates inside the story are not the publication time");
        assertEquals("VIVA", a.outlet());
        assertEquals(10, a.paragraphs().size());
    }

    @Test
    void kompasWithDatelineAndCaption() {
        NormalisedArticle a = seed("002");
        assertEquals(OffsetDateTime.parse("2020-10-31T17:17+07:00"), a.publishedAt());
        assertEquals("Kompas.com", a.outlet());
        assertEquals("Yerevan", a.dateline());
        assertTrue(a.paragraphs().get(0).startsWith("Perdana Menteri Armenia Nikol Pashinyan secara resmi"));
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Tigran Mehrabyan")), "the photo caption is not body");
    }

    @Test
    void idnTimesAuthorBoxAndSubheadings() {
        NormalisedArticle a = seed("003");
        assertNull(a.publishedAt());
        assertEquals("IDN Times", a.outlet());
        assertEquals("Moskow", a.dateline());
        assertEquals(List.of("Karl Gading S."), a.authors());
        assertTrue(a.paragraphs().contains("2. Perdana Menteri Armenia surati Presiden Vladimir Putin"));
    }

    @Test
    void repeatedBlockKeptOnce() {
        NormalisedArticle a = seed("004");
        assertEquals(OffsetDateTime.parse("2023-10-07T08:48+07:00"), a.publishedAt());
        assertEquals("Yerevan", a.dateline());
        assertNull(a.outlet(), "the page names no outlet");
        assertEquals(16, a.paragraphs().size());
        assertEquals(a.paragraphs().size(), a.paragraphs().stream().distinct().count());
    }

    @Test
    void noBoilerplateInAnySeedBody() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            String body = seed(seed).body();
            for (String phrase : BOILERPLATE) {
                assertFalse(body.contains(phrase), seed + " body leaks \"" + phrase + "\"");
            }
        }
    }

    @Test
    void entitiesAreCanonical() {
        NormalisedArticle a = seed("002");
        List<String> names = a.entities().stream().map(EntityMention::name).toList();
        assertTrue(names.containsAll(List.of("Armenia", "Russia", "Azerbaijan", "Nikol Pashinyan", "Vladimir Putin", "Geneva")), names.toString());
        assertFalse(names.contains("Rusia"));
        EntityMention russia = a.entities().stream().filter(e -> e.name().equals("Russia")).findFirst().orElseThrow();
        assertEquals(EntityType.LOCATION, russia.type());
        // "Pashinian" in the caption is not body; "Pashinyan" three times is.
        assertEquals(3, a.entities().stream().filter(e -> e.name().equals("Nikol Pashinyan")).findFirst().orElseThrow().mentions());
    }

    @Test
    void eventsResolvedAgainstPublication() {
        List<DatedEvent> events = seed("004").events();
        assertTrue(events.stream().anyMatch(e -> "2023-10-05".equals(e.date()) && e.expression().equals("Kamis (5/10/2023)")));
        assertTrue(events.stream().anyMatch(e -> "2023-09-19".equals(e.date()) && e.granularity() == Granularity.DAY));
        assertTrue(events.stream().anyMatch(e -> "1990s".equals(e.date()) && e.granularity() == Granularity.DECADE));
        assertTrue(events.stream().anyMatch(e -> "2022-10".equals(e.date()) && e.granularity() == Granularity.MONTH));
        List<DatedEvent> kemarin = seed("000").events();
        assertTrue(kemarin.stream().anyMatch(e -> "2020-11-21".equals(e.date()) && e.expression().contains("Sabtu kemarin")));
    }

    @Test
    void yearFromOtherDatesWhenPublicationUnknown() {
        List<DatedEvent> events = seed("003").events();
        assertTrue(events.stream().anyMatch(e -> "2020-10-31".equals(e.date()) && e.expression().equals("Sabtu (31/10)")));
    }

    @Test
    void pagesWithoutArticleAreRefused() {
        assertThrows(NoArticleFoundException.class, () -> NORMALISER.fromText("\n \n", ArticleNormaliser.Hints.NONE));
        assertThrows(NoArticleFoundException.class, () -> NORMALISER.fromText("Tags\nTerkini\n", ArticleNormaliser.Hints.NONE));
    }

    @Test
    void htmlPageThroughTheSameRules() {
        String html = """
                <html lang="id"><head><title>Judul | Situs</title>
                <meta property="og:title" content="Rusia Janji Lindungi Armenia">
                <meta property="article:published_time" content="2020-10-31T19:05:00+07:00">
                <script>var x = "Baca Juga";</script></head>
                <body><nav><a href="/">Beranda</a></nav>
                <article><h1>Rusia Janji Lindungi Armenia</h1>
                <p>MOSKOW, KOMPAS.com - Kementerian Luar Negeri Rusia pada hari Sabtu (31/10) menyatakan siap membantu Armenia.</p>
                <p>Baca juga: Berita lain yang tidak terkait</p>
                <p>Pernyataan itu muncul setelah pertempuran di Nagorno-Karabakh terus berlanjut sepanjang pekan ini.</p>
                </article><footer>Copyright 2020</footer></body></html>
                """;
        NormalisedArticle a = NORMALISER.fromHtml(html, ArticleNormaliser.Hints.NONE);
        assertEquals("Rusia Janji Lindungi Armenia", a.title());
        assertEquals(OffsetDateTime.parse("2020-10-31T19:05+07:00"), a.publishedAt());
        assertEquals("Kompas.com", a.outlet());
        assertEquals("Moskow", a.dateline());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.events().stream().anyMatch(e -> "2020-10-31".equals(e.date())));
    }
}
