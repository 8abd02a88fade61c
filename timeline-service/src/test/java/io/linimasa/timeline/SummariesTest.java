package io.linimasa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linimasa.timeline.service.Summaries;
import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void attributionsAreDropped() {
        assertEquals("Pengumuman itu disampaikan oleh Kementerian Luar Negeri Armenia, Sabtu (31/10/2020).",
                Summaries.of("Pengumuman itu disampaikan oleh Kementerian Luar Negeri Armenia, Sabtu (31/10/2020), sebagaimana dilansir dari Al Arabiya.", "Sabtu (31/10/2020)"));
        assertEquals("\"Bagi Rusia, hal paling penting adalah menghentikan pertempuran.\"",
                Summaries.of("\"Bagi Rusia, hal paling penting adalah menghentikan pertempuran.\"", null));
        assertEquals("Situasi saat ini jauh lebih sulit.", Summaries.of("Situasi saat ini jauh lebih sulit, kata Pashinyan.", null));
        assertEquals("The fighting continued on Saturday.", Summaries.of("The fighting continued on Saturday, officials said.", "on Saturday"));
        assertEquals("Russia will help Armenia.", Summaries.of("Russia will help Armenia, according to Reuters.", null));
        assertEquals("Pernyataan Pashinyan ini terlontar setelah tahun 1990.", Summaries.of(
                "Pernyataan Pashinyan seperti diberitakan Zona Jakarta berjudul \"Kalah Perang, Armenia Berusaha\" ini terlontar setelah tahun 1990.", "tahun 1990"));
    }

    @Test
    void attributionsAtTheStart() {
        assertEquals("Aksi penyerangan kembali dilakukan kedua belah pihak pada hari Sabtu (31/10).",
                Summaries.of("Dilaporkan Reuters, aksi penyerangan kembali dilakukan kedua belah pihak pada hari Sabtu (31/10).", "pada hari Sabtu (31/10)"));
        assertEquals("Putin dan Aliyev akan kembali berbicara pada hari Kamis.",
                Summaries.of("Menurut Kremlin, Putin dan Aliyev akan kembali berbicara pada hari Kamis.", "pada hari Kamis"));
        assertEquals("Presiden Rusia, Vladimir Putin, menyatakan pihaknya tidak memiliki kewajiban.",
                Summaries.of("Dalam berita VIVA Militer Rabu 7 Oktober 2020, Presiden Rusia, Vladimir Putin, menyatakan pihaknya tidak memiliki kewajiban.", "Rabu 7 Oktober 2020"));
        assertEquals("Russia will help Armenia.", Summaries.of("According to the Kremlin, Russia will help Armenia.", null));
    }

    @Test
    void attributionsAtTheEnd() {
        assertEquals("Hal ini membuka jalan bagi operasi Baku setahun kemudian.",
                Summaries.of("Hal ini membuka jalan bagi operasi Baku setahun kemudian, menurut Putin.", "setahun kemudian"));
        assertEquals("\"Bagi Rusia, hal paling penting adalah menghentikan pertumpahan darah.\"",
                Summaries.of("\"Bagi Rusia, hal paling penting adalah menghentikan pertumpahan darah,\" ujar Shoigu yang datang langsung di Nagorno Karabakh.", null));
        assertEquals("About 2,000 Russian peacekeepers will start deploying on Tuesday.",
                Summaries.of("About 2,000 Russian peacekeepers will start deploying on Tuesday, the Kremlin said.", "on Tuesday"));
        assertEquals("Armenia, Azerbaijan and Russia signed a deal on Monday night.",
                Summaries.of("Armenia, Azerbaijan and Russia signed a deal on Monday night, Russian President Vladimir Putin said.", "on Monday night"));
        assertEquals("Russia has no obligation to defend Armenia.",
                Summaries.of("Russia has no obligation to defend Armenia, said Vladimir Putin.", null));
    }

    @Test
    void reportedSpeechStays() {
        String said = "Speaking at Valdai on Thursday, Putin said Moscow had offered Armenia a compromise.";
        assertEquals(said, Summaries.of(said, "on Thursday"));
        String told = "In an interview broadcast on Thursday, October 5, Vahagn Khachaturyan told France 2 that Armenia needed new military partners.";
        assertEquals(told, Summaries.of(told, "on Thursday, October 5"));
        String had = "Two weeks earlier, Russian President Vladimir Putin had said Russia had no obligation to defend Armenia.";
        assertEquals(had, Summaries.of(had, "Two weeks earlier"));
    }
}
