package io.linimasa.normalise.enrich.events;

import io.linimasa.normalise.DatedEvent;
import io.linimasa.normalise.Granularity;
import io.linimasa.normalise.enrich.entities.Entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dated-event rule table, one expression kind at a time. */
class EventsTest {

    private static final Entities ENTITIES = new Entities();
    /** Monday 23 November 2020. */
    private static final LocalDate MON_2020_11_23 = LocalDate.of(2020, 11, 23);
    /** Saturday 7 October 2023. */
    private static final LocalDate SAT_2023_10_07 = LocalDate.of(2023, 10, 7);
    /** Saturday 31 October 2020. */
    private static final LocalDate SAT_2020_10_31 = LocalDate.of(2020, 10, 31);
    /** Tuesday 10 November 2020. */
    private static final LocalDate TUE_2020_11_10 = LocalDate.of(2020, 11, 10);

    private static List<DatedEvent> events(LocalDate published, String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        return new Events(ENTITIES.forArticle(text)).find(List.of(paragraphs), published);
    }

    /** The only event of the text. */
    private static DatedEvent event(LocalDate published, String text) {
        List<DatedEvent> events = events(published, text);
        assertEquals(1, events.size(), () -> "one event expected in: " + text + " got " + events);
        return events.get(0);
    }

    private static void assertEvent(String expression, String date, Granularity granularity, DatedEvent event) {
        assertEquals(expression, event.expression());
        assertEquals(date, event.date());
        assertEquals(granularity, event.granularity());
    }

    @Nested
    class Absolute {

        @Test
        void dayMonthYear() {
            assertEvent("27 September 2020", "2020-09-27", Granularity.DAY,
                    event(null, "Pertempuran kembali membara pada 27 September 2020."));
            assertEvent("Rabu 21 Oktober 2020", "2020-10-21", Granularity.DAY,
                    event(null, "Presiden Armenia terbang ke Brussels, Rabu 21 Oktober 2020."));
            assertEvent("October 21, 2020", "2020-10-21", Granularity.DAY,
                    event(null, "Sarkissian met Stoltenberg in Brussels on October 21, 2020."));
        }

        @Test
        void dayMonthTakesTheYearNearestBeforePublication() {
            assertEvent("Pada tanggal 19 September", "2023-09-19", Granularity.DAY,
                    event(SAT_2023_10_07, "Pada tanggal 19 September, Baku melancarkan operasi."));
            // after the publication day this year: last year's
            assertEvent("pada tanggal 19 September", "2022-09-19", Granularity.DAY,
                    event(LocalDate.of(2023, 3, 1), "Baku melancarkan operasi pada tanggal 19 September."));
            assertEvent("September 27", "2020-09-27", Granularity.DAY,
                    event(TUE_2020_11_10, "The latest fighting broke out on September 27."));
        }

        @Test
        void monthsYearsAndDecades() {
            assertEvent("pada Oktober 2022", "2022-10", Granularity.MONTH,
                    event(null, "Pashinyan mengakui kedaulatan Azerbaijan pada Oktober 2022 di Praha."));
            assertEvent("in October 2022", "2022-10", Granularity.MONTH,
                    event(null, "Pashinyan recognised it at a meeting in Prague in October 2022."));
            assertEvent("tahun 1997", "1997", Granularity.YEAR,
                    event(null, "Armenia sekutu Rusia karena perjanjian bantuan timbal balik tahun 1997."));
            assertEvent("in 1997", "1997", Granularity.YEAR,
                    event(null, "Armenia and Russia signed a treaty in 1997."));
            assertEvent("1997", "1997", Granularity.YEAR,
                    event(null, "Dia menyerukan perjanjian 1997 tentang persahabatan."));
            assertEvent("awal tahun 1990-an", "1990s", Granularity.DECADE,
                    event(null, "Wilayah itu memisahkan diri dari Azerbaijan pada awal tahun 1990-an."));
            assertEvent("the early 1990s", "1990s", Granularity.DECADE,
                    event(null, "The region broke away from Azerbaijan in the early 1990s."));
            assertEvent("tahun 90-an", "1990s", Granularity.DECADE, event(null, "Konflik itu pecah pada tahun 90-an."));
        }

        @Test
        void spansAreNamedByTheirFirstDayOrYear() {
            DatedEvent days = event(null, "Serangan berlangsung 19-20 September 2023 di Nagorno-Karabakh.");
            assertEvent("19-20 September 2023", "2023-09-19", Granularity.DAY, days);
            assertEquals(LocalDate.of(2023, 9, 20), days.end());
            DatedEvent years = event(null, "Perundingan berlangsung antara 2018 dan 2020 tanpa hasil.");
            assertEvent("antara 2018 dan 2020", "2018", Granularity.YEAR, years);
            assertEquals(LocalDate.of(2020, 12, 31), years.end());
        }

        @Test
        void countsAreNoYears() {
            assertTrue(events(null, "Bantuan dikirim pada 1500 warga di perbatasan.").isEmpty());
            assertTrue(events(null, "More than 100,000 people fled in 1500 vehicles.").isEmpty());
        }
    }

    @Nested
    class Numeric {

        @Test
        void fullNumericDates() {
            assertEvent("Sabtu (31/10/2020)", "2020-10-31", Granularity.DAY,
                    event(null, "Pengumuman itu disampaikan Kementerian Luar Negeri Armenia, Sabtu (31/10/2020)."));
            assertEvent("Kamis (5/10/2023)", "2023-10-05", Granularity.DAY,
                    event(null, "Muncul di France 2 pada Kamis (5/10/2023), Khachaturyan berbicara."));
            assertEvent("31/10/2020", "2020-10-31", Granularity.DAY,
                    event(null, "Surat itu diumumkan pada 31/10/2020."));
            assertEvent("10/31/2020", "2020-10-31", Granularity.DAY,
                    event(null, "The letter was published on 10/31/2020."));
        }

        @Test
        void dayMonthInParentheses() {
            assertEvent("Sabtu (31/10)", "2020-10-31", Granularity.DAY,
                    event(SAT_2020_10_31, "Kementerian Luar Negeri Rusia pada hari Sabtu (31/10), menyatakan siap membantu."));
            assertEvent("(30/10)", "2020-10-30", Granularity.DAY,
                    event(SAT_2020_10_31, "Perundingan di Jenewa (30/10) gagal."));
        }

        @Test
        void thePrintedWeekdayChoosesTheYear() {
            // Tuesday 2 November 2021: 31/10/2021 was a Sunday, 31/10/2020 a Saturday
            assertEquals("2020-10-31", event(LocalDate.of(2021, 11, 2), "Serangan terjadi Sabtu (31/10).").date());
            assertEquals("2021-10-31", event(LocalDate.of(2021, 11, 2), "Serangan terjadi Minggu (31/10).").date());
        }
    }

    @Nested
    class RelativeToPublication {

        @Test
        void weekdays() {
            assertEvent("pada Sabtu kemarin", "2020-11-21", Granularity.DAY,
                    event(MON_2020_11_23, "Pashinyan pada Sabtu kemarin menemui Menhan Rusia Sergei Shoigu."));
            assertEvent("pada hari Kamis", "2023-10-05", Granularity.DAY,
                    event(SAT_2023_10_07, "Putin berbicara di Sochi pada hari Kamis."));
            assertEvent("last Saturday", "2020-11-21", Granularity.DAY,
                    event(MON_2020_11_23, "Shoigu met Pashinyan in Yerevan last Saturday."));
            assertEvent("on Thursday", "2023-10-05", Granularity.DAY,
                    event(SAT_2023_10_07, "Speaking in Sochi on Thursday, Putin said Armenia chose its path."));
            // the weekday of publication is that day; "kemarin"/"last" is strictly before
            assertEquals("2023-10-07", event(SAT_2023_10_07, "Pengungsi tiba pada hari Sabtu.").date());
            assertEquals("2023-09-30", event(SAT_2023_10_07, "Pengungsi tiba pada Sabtu kemarin.").date());
        }

        @Test
        void theFutureTenseLooksForward() {
            assertEquals("2020-11-12", event(TUE_2020_11_10,
                    "Menurut Kremlin, Putin dan Aliyev akan kembali berbicara pada hari Kamis.").date());
            assertEquals("2020-11-12", event(TUE_2020_11_10, "Lavrov said the leaders will speak again on Thursday.").date());
            assertEquals("2020-11-12", event(TUE_2020_11_10, "Pada hari Kamis, kedua menteri akan bertemu di Moskow.").date());
            assertEquals("2020-11-16", event(TUE_2020_11_10, "Parlemen bersidang Senin depan.").date());
            // a future word in another clause does not move a past event
            assertEquals("2020-11-05", event(TUE_2020_11_10,
                    "Aliyev mengatakan pada hari Kamis bahwa pasukannya akan terus maju.").date());
            assertEquals("2020-12-12", event(TUE_2020_11_10, "KTT itu akan digelar pada 12 Desember.").date());
        }

        @Test
        void daysWeeksMonthsYears() {
            assertEvent("kemarin", "2020-11-09", Granularity.DAY, event(TUE_2020_11_10, "Helikopter itu ditembak jatuh kemarin."));
            assertEvent("hari ini", "2020-11-10", Granularity.DAY, event(TUE_2020_11_10, "Kesepakatan berlaku hari ini."));
            assertEvent("yesterday", "2020-11-09", Granularity.DAY, event(TUE_2020_11_10, "A helicopter was shot down yesterday."));
            assertEvent("last night", "2020-11-09", Granularity.DAY, event(TUE_2020_11_10, "Aftershocks shook the region last night."));
            assertEvent("tadi malam", "2020-11-09", Granularity.DAY, event(TUE_2020_11_10, "Gempa susulan terjadi tadi malam."));
            assertEvent("today", "2020-11-10", Granularity.DAY, event(TUE_2020_11_10, "Protesters stormed the building today."));
            assertEvent("pekan ini", "2023-10-02", Granularity.WEEK, event(SAT_2023_10_07, "Moskow bersikeras pekan ini."));
            assertEvent("pekan lalu", "2023-09-25", Granularity.WEEK, event(SAT_2023_10_07, "Dekret itu ditandatangani pekan lalu."));
            assertEvent("bulan lalu", "2023-09", Granularity.MONTH, event(SAT_2023_10_07, "Wilayah itu direbut bulan lalu."));
            assertEvent("tahun lalu", "2022", Granularity.YEAR, event(SAT_2023_10_07, "Bentrokan terjadi tahun lalu."));
            assertEvent("this week", "2023-10-02", Granularity.WEEK, event(SAT_2023_10_07, "Moscow insisted this week."));
            assertEvent("last week", "2023-09-25", Granularity.WEEK, event(SAT_2023_10_07, "They fled last week."));
            assertEvent("last month", "2023-09", Granularity.MONTH, event(SAT_2023_10_07, "Azerbaijan retook it last month."));
            assertEvent("last year", "2022", Granularity.YEAR, event(SAT_2023_10_07, "Clashes killed 300 soldiers last year."));
        }

        @Test
        void countedAgo() {
            assertEvent("tiga tahun lalu", "2020", Granularity.YEAR, event(SAT_2023_10_07, "Perang pecah tiga tahun lalu."));
            assertEvent("two weeks ago", "2023-09-18", Granularity.WEEK, event(SAT_2023_10_07, "The offensive began two weeks ago."));
            DatedEvent vague = event(SAT_2023_10_07, "Rusia mendirikan pos militer beberapa waktu lalu.");
            assertEquals("beberapa waktu lalu", vague.expression());
            assertNull(vague.date());
        }

        @Test
        void monthsWithoutAYear() {
            assertEvent("bulan September", "2023-09", Granularity.MONTH, event(SAT_2023_10_07, "Operasi dimulai bulan September."));
            assertEvent("Oktober lalu", "2022-10", Granularity.MONTH, event(SAT_2023_10_07, "Pertemuan digelar Oktober lalu."));
            assertEvent("in May", "2023-05", Granularity.MONTH, event(SAT_2023_10_07, "Talks may resume, as they did in May."));
            // a month name alone is no date ("Revolusi Oktober")
            assertTrue(events(SAT_2023_10_07, "Revolusi Oktober mengubah Rusia.").isEmpty());
        }

        @Test
        void aYearInTheSentenceDatesItsMonth() {
            DatedEvent e = event(SAT_2023_10_07, "Tahun lalu, bentrokan di perbatasan pada September menewaskan hampir 300 tentara.");
            assertEvent("pada September", "2022-09", Granularity.MONTH, e);
        }

        @Test
        void mingguTheNounIsNoSunday() {
            assertTrue(events(SAT_2023_10_07, "Perang berlangsung selama enam minggu.").isEmpty());
            assertEquals("2023-10-01", event(SAT_2023_10_07, "Ia tiba hari Minggu di Yerevan.").date());
        }
    }

    @Nested
    class RelativeToAnotherEvent {

        @Test
        void laterAndEarlier() {
            List<DatedEvent> events = events(null,
                    "Gencatan senjata disepakati di Moskow pada Sabtu, 10 Oktober 2020.",
                    "Dua hari kemudian, kedua pihak saling tuduh melanggar gencatan senjata itu.");
            assertEvent("Dua hari kemudian", "2020-10-12", Granularity.DAY, events.get(1));
            events = events(SAT_2023_10_07, "Pashinyan mengakui kedaulatan Azerbaijan pada Oktober 2022.",
                    "Hal ini membuka jalan bagi operasi Baku setahun kemudian.");
            assertEvent("setahun kemudian", "2023", Granularity.YEAR, events.get(1));
            events = events(null, "Russia brokered a truce on October 10, 2020. Two days later, both sides accused each other.");
            assertEvent("Two days later", "2020-10-12", Granularity.DAY, events.get(1));
            events = events(null, "Sarkissian met Stoltenberg on Wednesday, October 21, 2020.",
                    "Two weeks earlier, Putin had said Russia had no obligation.");
            assertEvent("Two weeks earlier", "2020-10-05", Granularity.WEEK, events.get(1));
        }

        @Test
        void withoutAnEarlierEventThereIsNoDate() {
            DatedEvent e = event(SAT_2023_10_07, "Dua hari kemudian, pasukan itu mundur.");
            assertEquals("Dua hari kemudian", e.expression());
            assertNull(e.date());
            assertNull(e.granularity());
        }
    }

    @Nested
    class UnknownPublication {

        @Test
        void relativeExpressionsStayUndated() {
            List<DatedEvent> events = events(null, "Kemarin, Kementerian Pertahanan Armenia melaporkan serangan baru.",
                    "Aliyev mengatakan pada hari Kamis bahwa pasukannya terus maju.", "Bulan lalu, Macron menuding Turki.",
                    "Sarkissian said yesterday that Armenia was ready.");
            assertEquals(List.of("Kemarin", "pada hari Kamis", "Bulan lalu", "yesterday"),
                    events.stream().map(DatedEvent::expression).toList());
            assertTrue(events.stream().allMatch(e -> e.date() == null && e.start() == null));
        }

        @Test
        void dayMonthTakesTheYearOfTheArticlesAbsoluteDates() {
            List<DatedEvent> events = events(null, "Pertempuran dilaporkan pada hari Sabtu (31/10), kata pejabat.",
                    "Konflik kembali membara pada 27 September 2020.");
            assertEquals("2020-10-31", events.get(0).date());
            // without any absolute date, no year
            assertNull(event(null, "Pertempuran dilaporkan pada hari Sabtu (31/10).").date());
        }
    }

    @Nested
    class NotEvents {

        @Test
        void dateLinesCaptionsAndLinks() {
            assertTrue(events(SAT_2023_10_07, "Sabtu, 07 Oktober 2023 - 08:48 WIB").isEmpty());
            assertTrue(events(SAT_2023_10_07, "Kompas.com - 31/10/2020, 17:17 WIB").isEmpty());
            assertTrue(events(TUE_2020_11_10, "Warga berlindung di ruang bawah tanah, Minggu (8/11/2020). AFP/Aris Messinis").isEmpty());
            assertTrue(events(TUE_2020_11_10, "Pasukan Armenia dalam parade pada 9 Mei 2015. twitter.com/ditord").isEmpty());
            assertTrue(events(TUE_2020_11_10, "Baca juga: Rusia Kirim Pasukan pada 10 November").isEmpty());
            assertTrue(events(TUE_2020_11_10, "Read more: Turkey to monitor the ceasefire from November 11").isEmpty());
        }
    }

    @Test
    void aRelativeWordBesideADateIsOneExpression() {
        assertEvent("kemarin, Jumat (30/10)", "2020-10-30", Granularity.DAY,
                event(SAT_2020_10_31, "Perundingan di Jenewa gagal kemarin, Jumat (30/10)."));
    }

    @Test
    void eventsKeepTheirSentenceAndItsEntities() {
        List<DatedEvent> events = events(SAT_2023_10_07,
                "Putin berbicara di Sochi. Presiden Rusia Vladimir Putin mengkritik Armenia pada hari Kamis.");
        assertEquals(1, events.size());
        DatedEvent e = events.get(0);
        assertEquals("Presiden Rusia Vladimir Putin mengkritik Armenia pada hari Kamis.", e.sentence());
        assertTrue(e.entities().containsAll(List.of("Russia", "Vladimir Putin", "Armenia")), e.entities()::toString);
        assertEquals(LocalDate.of(2023, 10, 5), e.start());
        assertEquals(LocalDate.of(2023, 10, 5), e.end());
    }

    @Test
    void theRuleTableReadsInOrder() {
        List<String> rules = Events.rules().stream().map(EventRule::name).toList();
        assertTrue(rules.indexOf("day-month-year") < rules.indexOf("day-month"));
        assertTrue(rules.indexOf("ago") < rules.indexOf("last-year"), "'dua tahun lalu' before 'tahun lalu'");
        assertTrue(rules.indexOf("weekday") > rules.indexOf("numeric-day-month"));
        assertFalse(rules.isEmpty());
    }

    @Nested
    class PronounSubjects {

        @Test
        void aPronounSubjectIsTheLastNamedPerson() {
            List<DatedEvent> events = events(SAT_2020_10_31,
                    "Perdana Menteri Armenia Nikol Pashinyan mengirim surat kepada Presiden Rusia Vladimir Putin.",
                    "Kemarin, dia meminta bantuan Moskwa dan menyerukan perjanjian 1997.");
            assertEquals("Nikol Pashinyan", events.get(0).entities().get(0), events.toString());
            // the subject of the sentence before, not the last name in it; the sentence's own names stay
            List<DatedEvent> he = events(null, "Armenian President Armen Sarkissian met NATO's Jens Stoltenberg in Brussels on October 21, 2020.",
                    "He also met foreign policy chief Josep Borrell on 22 October 2020.");
            assertEquals(List.of("Armen Sarkissian", "Josep Borrell"), he.get(1).entities(), he.toString());
        }

        @Test
        void aPronounThatIsNoSubjectAddsNoOne() {
            List<DatedEvent> events = events(SAT_2020_10_31,
                    "Presiden Rusia Vladimir Putin berbicara di Sochi.",
                    "Pasukan Azerbaijan menyerang kota itu kemarin, kata dia.");
            assertFalse(events.get(0).entities().contains("Vladimir Putin"), events.toString());
            assertTrue(Events.actors("Pasukan menyerang kota itu.", List.of(), "Vladimir Putin").isEmpty());
        }
    }
}
