package io.linimasa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theEventsClauseNotTheWholeSentence() {
        String sentence = "The region broke away from Azerbaijan in the early 1990s, and a ceasefire ended the first war in 1994.";
        assertEquals("The region broke away from Azerbaijan in the early 1990s.", Summaries.of(sentence, "the early 1990s"));
        assertEquals("A ceasefire ended the first war in 1994.", Summaries.of(sentence, "in 1994"));
        // a relative clause takes the name before it as its subject
        String relative = "Pada tanggal 19 September, Baku melancarkan apa yang disebutnya operasi kontra-teroris di Nagorno-Karabakh, "
                + "yang memisahkan diri dari Azerbaijan pada awal tahun 1990-an.";
        assertEquals("Nagorno-Karabakh memisahkan diri dari Azerbaijan pada awal tahun 1990-an.", Summaries.of(relative, "awal tahun 1990-an"));
        assertEquals("Pada tanggal 19 September, Baku melancarkan apa yang disebutnya operasi kontra-teroris di Nagorno-Karabakh.",
                Summaries.of(relative, "Pada tanggal 19 September"));
        assertEquals("Armenia and Azerbaijan had agreed to a humanitarian truce in Moscow on 10 October.", Summaries.of(
                "Armenia and Azerbaijan had agreed to a humanitarian truce in Moscow on 10 October, but fighting resumed within days.",
                "on 10 October"));
    }

    @Test
    void listsAndShortAsidesAreNeverCut() {
        String list = "Armenia, Azerbaijan, and Russia signed a deal on Monday night.";
        assertEquals(list, Summaries.of(list, "on Monday night"));
        String treaty = "Dia meminta bantuan Moskwa dan perjanjian 1997 tentang persahabatan, kerja sama, dan bantuan timbal balik.";
        assertEquals(treaty, Summaries.of(treaty, "1997"));
    }

    @Test
    void leadingConnectivesAreDropped() {
        assertEquals("Pasukan Azerbaijan merebut kota Shusha pada hari Minggu.",
                Summaries.of("Sementara itu, pasukan Azerbaijan merebut kota Shusha pada hari Minggu.", "pada hari Minggu"));
        assertEquals("Rusia mengirim 2.000 tentara pada Selasa (10/11/2020).",
                Summaries.of("Bahkan Rusia mengirim 2.000 tentara pada Selasa (10/11/2020).", "Selasa (10/11/2020)"));
        assertEquals("The Kremlin said nothing on Tuesday.", Summaries.of("Meanwhile, the Kremlin said nothing on Tuesday.", "on Tuesday"));
        // a word that is also a date's own stays ("Kemudian" is no connective when it is the expression's)
        assertEquals("Two days later, both sides accused each other of violating it.",
                Summaries.of("Two days later, both sides accused each other of violating it.", "Two days later"));
    }

    @Test
    void atMostThirtyWordsAroundTheDate() {
        String longSentence = "Bara api peperangan terus terbakar di Kawasan Nagorno-Karabakh dimana konflik bersenjata terbaru ini secara resmi "
                + "sudah berumur satu bulan empat hari per 31 Oktober, setelah sebelumnya kembali membara pada 27 September 2020 dan "
                + "menewaskan ribuan orang di kedua belah pihak yang bertikai.";
        String start = Summaries.of(longSentence, "31 Oktober");
        assertTrue(start.split("\\s+").length <= Summaries.MOST_WORDS, start);
        assertTrue(start.startsWith("Bara api peperangan") && start.contains("31 Oktober") && start.endsWith("…"), start);
        String end = Summaries.of(longSentence, "pada 27 September 2020");
        assertTrue(end.split("\\s+").length <= Summaries.MOST_WORDS, end);
        assertTrue(end.startsWith("…") && end.contains("27 September 2020"), end);
    }

    @Test
    void attributionsOfUnnamedSpeakers() {
        assertEquals("Sejak 1991, Nagorno-Karabakh memisahkan diri dari Azerbaijan.",
                Summaries.of("Sejak 1991, Nagorno-Karabakh memisahkan diri dari Azerbaijan, kata para analis.", "Sejak 1991"));
    }
}
