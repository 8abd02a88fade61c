package io.linimasa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.linimasa.timeline.service.EventMerger;
import io.linimasa.timeline.store.StoredEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The merge rules without a database. */
class EventMergerTest {

    private static final AtomicLong IDS = new AtomicLong();

    private static StoredEvent day(String article, String date, String sentence, String... entities) {
        LocalDate d = LocalDate.parse(date);
        return new StoredEvent(IDS.incrementAndGet(), article, date, "DAY", d, d, sentence, List.of(entities), List.of());
    }

    private static StoredEvent month(String article, String month, String sentence, String... entities) {
        YearMonth m = YearMonth.parse(month);
        return new StoredEvent(IDS.incrementAndGet(), article, month, "MONTH", m.atDay(1), m.atEndOfMonth(), sentence,
                List.of(entities), List.of());
    }

    private static StoredEvent week(String article, String monday, String sentence, String... entities) {
        LocalDate d = LocalDate.parse(monday);
        return new StoredEvent(IDS.incrementAndGet(), article, monday, "WEEK", d, d.plusDays(6), sentence,
                List.of(entities), List.of());
    }

    private static StoredEvent year(String article, int year, String sentence, String... entities) {
        return new StoredEvent(IDS.incrementAndGet(), article, Integer.toString(year), "YEAR", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), sentence, List.of(entities), List.of());
    }

    @Test
    void theSameEventInTwoArticlesIsOneEntry() {
        List<EventMerger.Cluster> clusters = EventMerger.cluster(List.of(
                day("a", "2020-10-30", "Armenia dan Azerbaijan gagal menyetujui gencatan senjata di Jenewa, Swiss, pada Jumat (30/10/2020).",
                        "Armenia", "Azerbaijan", "Geneva", "Switzerland"),
                day("b", "2020-10-30", "Armenia and Azerbaijan failed to agree a ceasefire in Geneva on Friday.",
                        "Armenia", "Azerbaijan", "Geneva")));
        assertEquals(1, clusters.size());
        assertEquals(2, clusters.get(0).events().size());
    }

    @Test
    void differentDaysNeverMerge() {
        assertEquals(2, EventMerger.cluster(List.of(
                day("a", "2020-10-30", "Talks in Geneva failed.", "Armenia", "Geneva"),
                day("b", "2020-10-31", "Talks in Geneva failed.", "Armenia", "Geneva"))).size());
    }

    @Test
    void twoThingsOnOneDayOfOneArticleStayApart() {
        assertEquals(2, EventMerger.cluster(List.of(
                day("a", "2023-10-03", "Colonna mengunjungi Yerevan pada Selasa (3/10).", "France", "Catherine Colonna", "Yerevan", "Armenia"),
                day("a", "2023-10-03", "Parlemen Armenia memilih bergabung dengan Mahkamah Pidana Internasional pada hari Selasa.",
                        "Armenia"))).size());
    }

    @Test
    void differentPeopleOnOneDayStayApart() {
        assertEquals(2, EventMerger.cluster(List.of(
                day("a", "2023-10-05", "Khachaturyan told France 2 that Armenia needed new partners.",
                        "Vahagn Khachaturyan", "France", "Armenia"),
                day("b", "2023-10-05", "Putin berbicara di Valdai tentang Armenia dan Nagorno-Karabakh.",
                        "Vladimir Putin", "Valdai Discussion Club", "Armenia", "Nagorno-Karabakh"))).size());
    }

    @Test
    void aFinerDateJoinsItsMonthAndTheEntryKeepsIt() {
        List<EventMerger.Cluster> clusters = EventMerger.cluster(List.of(
                month("a", "2020-10", "Presiden Rusia Vladimir Putin menolak membela Armenia pada Oktober 2020.",
                        "Vladimir Putin", "Russia", "Armenia"),
                day("b", "2020-10-07", "Putin said Russia had no obligation to defend Armenia on October 7, 2020.",
                        "Vladimir Putin", "Russia", "Armenia")));
        assertEquals(1, clusters.size());
        assertEquals("2020-10-07", clusters.get(0).entry().dateValue());
        assertEquals("DAY", clusters.get(0).entry().granularity());
    }

    @Test
    void nestedDatesNeedMoreThanCapitals() {
        // "Moskow bersikeras pekan ini" and a Tuesday that angered Moscow: a capital in common is not enough
        assertEquals(2, EventMerger.cluster(List.of(
                week("a", "2023-10-02", "Moskow bersikeras pekan ini bahwa mereka melakukan segala yang mereka bisa.",
                        "Moscow", "Armenia", "Azerbaijan"),
                day("b", "2023-10-03", "Parlemen Armenia bergabung dengan Mahkamah Pidana Internasional, langkah yang membuat Moskow marah.",
                        "Armenia", "Moscow"))).size());
        // a day and a year are too far apart to nest
        assertEquals(2, EventMerger.cluster(List.of(
                year("a", 2020, "Putin menolak membela Armenia tahun 2020.", "Vladimir Putin", "Armenia"),
                day("b", "2020-10-07", "Putin refused to defend Armenia on October 7, 2020.", "Vladimir Putin", "Armenia"))).size());
    }

    @Test
    void aSeatOfGovernmentStandsForItsCountry() {
        // "Baku" acting is Azerbaijan; "Kementerian Luar Negeri Armenia" is also Armenia
        assertEquals(1, EventMerger.cluster(List.of(
                day("a", "2023-09-19", "Pada tanggal 19 September, Baku melancarkan operasi di Nagorno-Karabakh.",
                        "Baku", "Nagorno-Karabakh"),
                day("b", "2023-09-19", "On 19 September, Azerbaijan launched an operation in Nagorno-Karabakh.",
                        "Azerbaijan", "Nagorno-Karabakh"))).size());
    }

    @Test
    void aSentenceWithoutEntitiesIsReadWithItsArticle() {
        StoredEvent named = day("a", "2020-09-27", "Bara api peperangan di Nagorno-Karabakh kembali membara pada 27 September 2020.",
                "Nagorno-Karabakh");
        LocalDate d = LocalDate.parse("2020-09-27");
        StoredEvent bare = new StoredEvent(IDS.incrementAndGet(), "b", "2020-09-27", "DAY", d, d,
                "The latest fighting broke out on September 27.", List.of(),
                List.of("Armenia", "Azerbaijan", "Nagorno-Karabakh", "Vladimir Putin"));
        assertEquals(1, EventMerger.cluster(List.of(named, bare)).size());
    }

    @Test
    void matchPicksTheMostSimilarEntry() {
        StoredEvent event = day("c", "2020-11-09", "Azerbaijan shot down a Russian helicopter over Armenia yesterday.",
                "Azerbaijan", "Armenia", "Russia");
        EventMerger.Candidate helicopter = EventMerger.Candidate.of(1, day("a", "2020-11-09",
                "Kemarin, pasukan Azerbaijan menembak jatuh helikopter Rusia di atas wilayah Armenia.", "Azerbaijan", "Russia", "Armenia"));
        EventMerger.Candidate deal = EventMerger.Candidate.of(2, day("b", "2020-11-09",
                "Pashinyan menandatangani kesepakatan dengan Aliyev dan Putin.", "Nikol Pashinyan", "Ilham Aliyev", "Vladimir Putin",
                "Armenia", "Azerbaijan", "Russia"));
        EventMerger.Candidate match = EventMerger.match(event, List.of(deal, helicopter));
        assertNotNull(match);
        assertEquals(1, match.id());
        assertNull(EventMerger.match(day("d", "2020-11-10", "Another day.", "Armenia"), List.of(deal, helicopter)));
    }

    @Test
    void twoEquallySimilarEntriesAreNoMatch() {
        List<String> context = List.of("Indonesia", "Cianjur", "Joko Widodo");
        LocalDate d = LocalDate.parse("2022-11-23");
        StoredEvent toll = new StoredEvent(IDS.incrementAndGet(), "a", "2022-11-23", "DAY", d, d,
                "Hingga Rabu malam, 271 orang meninggal dunia.", List.of(), context);
        StoredEvent rescue = new StoredEvent(IDS.incrementAndGet(), "a", "2022-11-23", "DAY", d, d,
                "Hari ini, tim SAR menemukan seorang anak dalam keadaan hidup.", List.of(), context);
        StoredEvent boy = new StoredEvent(IDS.incrementAndGet(), "b", "2022-11-23", "DAY", d, d,
                "A six-year-old boy was pulled alive from the rubble on Wednesday.", List.of(), context);
        assertEquals(3, EventMerger.cluster(List.of(toll, rescue, boy)).size());
    }

    @Test
    void candidatesWindow() {
        assertEquals(List.of("WEEK", "MONTH"), EventMerger.nestingGranularities("DAY"));
        assertEquals(List.of("DAY", "WEEK", "YEAR", "DECADE"), EventMerger.nestingGranularities("MONTH"));
        // a day's month and a week that began in the month before
        assertEquals(LocalDate.of(2020, 9, 26), EventMerger.earliestNestingStart("DAY", LocalDate.of(2020, 10, 2)));
        assertEquals(LocalDate.of(2020, 1, 1), EventMerger.earliestNestingStart("MONTH", LocalDate.of(2023, 9, 1)));
    }
}
