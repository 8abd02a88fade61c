package io.linimasa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linimasa.timeline.service.Summaries;
import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void attributionsAreDropped() {
        assertEquals("Pengumuman itu disampaikan oleh Kementerian Luar Negeri Armenia, Sabtu (31/10/2020).",
                Summaries.of("Pengumuman itu disampaikan oleh Kementerian Luar Negeri Armenia, Sabtu (31/10/2020), sebagaimana dilansir dari Al Arabiya."));
        assertEquals("\"Bagi Rusia, hal paling penting adalah menghentikan pertempuran.\"",
                Summaries.of("\"Bagi Rusia, hal paling penting adalah menghentikan pertempuran.\""));
        assertEquals("Situasi saat ini jauh lebih sulit.", Summaries.of("Situasi saat ini jauh lebih sulit, kata Pashinyan."));
        assertEquals("The fighting continued on Saturday.", Summaries.of("The fighting continued on Saturday, officials said."));
        assertEquals("Russia will help Armenia.", Summaries.of("Russia will help Armenia, according to Reuters."));
        assertEquals("Pernyataan Pashinyan ini terlontar setelah tahun 1990.", Summaries.of(
                "Pernyataan Pashinyan seperti diberitakan Zona Jakarta berjudul \"Kalah Perang, Armenia Berusaha\" ini terlontar setelah tahun 1990."));
    }
}
