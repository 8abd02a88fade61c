package io.linimasa.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

    private static final ArticleNormaliser NORMALISER = new ArticleNormaliser();
    private static final String BODY = """
            Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari ini bersama para menteri kabinet.
            Peresmian itu dihadiri ratusan warga yang datang sejak pagi untuk melihat langsung jalan tol tersebut.
            """;

    private static NormalisedArticle page(String header, String footer) {
        return NORMALISER.fromText("Jokowi Resmikan Jalan Tol Baru\n" + header + "\n" + BODY + footer, ArticleNormaliser.Hints.NONE);
    }

    @Test
    void detikReporterLine() {
        NormalisedArticle a = page("Andhika Prasetia - detikNews\nSenin, 12 Okt 2020 10:15 WIB\nJakarta - Acara dimulai pukul sembilan pagi dengan sambutan dari gubernur setempat.", "");
        assertEquals(List.of("Andhika Prasetia"), a.authors());
        assertEquals("detikcom", a.outlet());
        assertEquals("Jakarta", a.dateline());
    }

    @Test
    void tribunReporterLine() {
        NormalisedArticle a = page("Laporan Wartawan Tribunnews.com, Reza Deni\nTRIBUNNEWS.COM, JAKARTA - Acara dimulai pukul sembilan pagi dengan sambutan gubernur.",
                "Editor: Sanusi\n");
        assertEquals(List.of("Reza Deni"), a.authors());
        assertEquals(List.of("Sanusi"), a.editors());
        assertEquals("Tribunnews.com", a.outlet());
        assertEquals("Jakarta", a.dateline());
    }

    @Test
    void wireCreditsAndAgencies() {
        NormalisedArticle a = page("By Felix Light | Reuters\nMOSCOW (Reuters) - Russia said on Saturday it would help Armenia if the fighting spread to its territory.",
                "Reporting by Felix Light and Guy Faulconbridge; Editing by Alex Richardson\n");
        assertEquals(List.of("Felix Light", "Guy Faulconbridge"), a.authors());
        assertEquals(List.of("Alex Richardson"), a.editors());
        assertEquals("Moscow", a.dateline());
    }

    @Test
    void penulisAndEditorOnOneLine() {
        NormalisedArticle a = page("", "Penulis: Dewi Lestari | Editor: Budi Santoso\n");
        assertEquals(List.of("Dewi Lestari"), a.authors());
        assertEquals(List.of("Budi Santoso"), a.editors());
    }
}
