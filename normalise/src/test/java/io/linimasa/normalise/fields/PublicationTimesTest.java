package io.linimasa.normalise.fields;

import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NormalisedArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationTimesTest {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "23 November 2020, 16:56 WIB; 2020-11-23T16:56+07:00; ",
        "Kompas.com - 31/10/2020, 17:17 WIB; 2020-10-31T17:17+07:00; Kompas.com",
        "Sabtu, 07 Oktober 2023 - 08:48 WIB; 2023-10-07T08:48+07:00; ",
        "Senin, 12 Okt 2020 10:15 WIB; 2020-10-12T10:15+07:00; ",
        "Kamis, 05 Oktober 2023 | 14:30 WITA; 2023-10-05T14:30+08:00; ",
        "Rabu 21/10/2020 19:05 WIT; 2020-10-21T19:05+09:00; ",
        "CNN Indonesia | Senin, 12/10/2020 10:15 WIB; 2020-10-12T10:15+07:00; CNN Indonesia",
        "Kompas.com, 7 Oktober 2023, 08:48 WIB; 2023-10-07T08:48+07:00; Kompas.com",
        "Dipublikasikan 07/10/2023, 08.48 WIB; 2023-10-07T08:48+07:00; ",
        "October 7, 2023 8:48 AM GMT+7; 2023-10-07T08:48+07:00; ",
        "Published: 7 Oct 2023, 08:48 PM GMT; 2023-10-07T20:48Z; ",
        "Jum'at, 30 Oktober 2020 - 17:32; 2020-10-30T17:32+07:00; ",
        "2023-10-07 08:48 +07:00; 2023-10-07T08:48+07:00; ",
    })
    void dateLines(String line, String expected, String credit) {
        PublicationTimes.DateLine parsed = PublicationTimes.parse(line).orElseThrow(() -> new AssertionError(line));
        assertEquals(OffsetDateTime.parse(expected), parsed.at(WIB), line);
        assertEquals(credit, parsed.credit(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Presiden Armenia itu terbang ke Brussels, Belgia, untuk membahas penyelesaian konflik, Rabu 21 Oktober 2020.",
        "Pada tanggal 19 September, Baku melancarkan operasi.",
        "31 Oktober",
        "Tags",
        "Halaman 2 dari 3",
    })
    void sentencesAreNotDateLines(String line) {
        assertTrue(PublicationTimes.parse(line).isEmpty(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Diperbarui 07/10/2023, 09.15 WIB", "Updated: October 7, 2023 9:15 AM GMT+7"})
    void updateLinesAreMarked(String line) {
        assertTrue(PublicationTimes.parse(line).orElseThrow().update(), line);
    }

    @org.junit.jupiter.api.Test
    void publicationWinsOverAnEarlierUpdateLine() {
        String page = """
                Judul Berita Tentang Sesuatu
                Diperbarui 07/10/2023, 09.15 WIB
                Dipublikasikan 07/10/2023, 08.48 WIB
                JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari ini bersama para menteri.
                Peresmian itu dihadiri ratusan warga yang datang sejak pagi untuk melihat langsung jalan tol tersebut.
                """;
        NormalisedArticle a = new ArticleNormaliser().fromText(page, ArticleNormaliser.Hints.NONE);
        assertEquals(OffsetDateTime.parse("2023-10-07T08:48+07:00"), a.publishedAt());
    }
}
