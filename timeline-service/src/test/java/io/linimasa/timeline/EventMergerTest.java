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

    /** An article's language, as the tests name them: "id-…" articles are Indonesian, the others English. */
    private static String language(String article) {
        return article.startsWith("id") ? "id" : "en";
    }

    static StoredEvent day(String article, String date, String expression, String sentence, String... entities) {
        LocalDate d = LocalDate.parse(date);
        return new StoredEvent(IDS.incrementAndGet(), article, date, "DAY", d, d, expression, sentence, language(article),
                List.of(entities), List.of());
    }

    static StoredEvent month(String article, String month, String expression, String sentence, String... entities) {
        YearMonth m = YearMonth.parse(month);
        return new StoredEvent(IDS.incrementAndGet(), article, month, "MONTH", m.atDay(1), m.atEndOfMonth(), expression,
                sentence, language(article), List.of(entities), List.of());
    }

    static StoredEvent week(String article, String monday, String expression, String sentence, String... entities) {
        LocalDate d = LocalDate.parse(monday);
        return new StoredEvent(IDS.incrementAndGet(), article, monday, "WEEK", d, d.plusDays(6), expression, sentence,
                language(article), List.of(entities), List.of());
    }

    static StoredEvent year(String article, int year, String expression, String sentence, String... entities) {
        return new StoredEvent(IDS.incrementAndGet(), article, Integer.toString(year), "YEAR", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), expression, sentence, language(article), List.of(entities), List.of());
    }

    static StoredEvent decade(String article, int decade, String expression, String sentence, String... entities) {
        return new StoredEvent(IDS.incrementAndGet(), article, decade + "s", "DECADE", LocalDate.of(decade, 1, 1),
                LocalDate.of(decade + 9, 12, 31), expression, sentence, language(article), List.of(entities), List.of());
    }

    static StoredEvent bare(String article, String date, String expression, String sentence, List<String> context) {
        LocalDate d = LocalDate.parse(date);
        return new StoredEvent(IDS.incrementAndGet(), article, date, "DAY", d, d, expression, sentence, language(article),
                List.of(), context);
    }

    @Test
    void theSameEventInTwoArticlesIsOneEntry() {
        List<EventMerger.Cluster> clusters = EventMerger.cluster(List.of(
                day("id-a", "2020-10-30", "Jumat (30/10/2020)",
                        "Armenia dan Azerbaijan gagal menyetujui gencatan senjata di Jenewa, Swiss, pada Jumat (30/10/2020).",
                        "Armenia", "Azerbaijan", "Geneva", "Switzerland"),
                day("en-b", "2020-10-30", "on Friday", "Armenia and Azerbaijan failed to agree a ceasefire in Geneva on Friday.",
                        "Armenia", "Azerbaijan", "Geneva")));
        assertEquals(1, clusters.size());
        assertEquals(2, clusters.get(0).events().size());
    }

    @Test
    void differentDaysNeverMerge() {
        assertEquals(2, EventMerger.cluster(List.of(
                day("en-a", "2020-10-30", "on Friday", "Talks in Geneva failed on Friday.", "Armenia", "Geneva"),
                day("en-b", "2020-10-31", "on Saturday", "Talks in Geneva failed on Saturday.", "Armenia", "Geneva"))).size());
    }

    @Test
    void twoThingsOnOneDayOfOneArticleStayApart() {
        assertEquals(2, EventMerger.cluster(List.of(
                day("id-a", "2023-10-03", "Selasa (3/10)", "Colonna mengunjungi Yerevan pada Selasa (3/10).",
                        "France", "Catherine Colonna", "Yerevan", "Armenia"),
                day("id-a", "2023-10-03", "pada hari Selasa",
                        "Parlemen Armenia memilih bergabung dengan Mahkamah Pidana Internasional pada hari Selasa.", "Armenia"))).size());
    }

    @Test
    void differentPeopleOnOneDayStayApart() {
        assertEquals(2, EventMerger.cluster(List.of(
                day("en-a", "2023-10-05", "on Thursday", "Khachaturyan told France 2 on Thursday that Armenia needed new partners.",
                        "Vahagn Khachaturyan", "France", "Armenia"),
                day("id-b", "2023-10-05", "pada hari Kamis", "Putin berbicara di Valdai tentang Armenia dan Nagorno-Karabakh pada hari Kamis.",
                        "Vladimir Putin", "Valdai Discussion Club", "Armenia", "Nagorno-Karabakh"))).size());
    }

    @Test
    void countriesAloneAreNoEvidence() {
        // "Moskow" and "the Kremlin" both stand for Russia; the two sentences tell different things
        assertEquals(2, EventMerger.cluster(List.of(
                day("id-a", "2020-11-10", "hari ini",
                        "Kesepakatan itu mulai berlaku hari ini pukul 01.00 waktu Moskow dan mengakhiri perang yang sudah berlangsung enam pekan.",
                        "Moscow"),
                day("en-b", "2020-11-10", "on Tuesday",
                        "About 2,000 Russian peacekeepers will start deploying to the region on Tuesday, the Kremlin said.",
                        "Kremlin"))).size());
    }

    @Test
    void aFinerDateJoinsItsMonthAndTheEntryKeepsIt() {
        List<EventMerger.Cluster> clusters = EventMerger.cluster(List.of(
                month("id-a", "2020-10", "pada Oktober 2020", "Presiden Rusia Vladimir Putin menolak membela Armenia pada Oktober 2020.",
                        "Vladimir Putin", "Russia", "Armenia"),
                day("en-b", "2020-10-07", "on October 7, 2020", "Putin said Russia had no obligation to defend Armenia on October 7, 2020.",
                        "Vladimir Putin", "Russia", "Armenia")));
        assertEquals(1, clusters.size());
        EventMerger.Candidate entry = clusters.get(0).entry();
        assertEquals("2020-10-07", entry.dateValue());
        assertEquals("DAY", entry.granularity());
        // the month's report is a coarser mention of the day, never a source for 7 October
        assertEquals(EventMerger.Mention.COARSER, EventMerger.mention(entry.dateValue(), entry.granularity(), "2020-10", "MONTH"));
        assertEquals(EventMerger.Mention.EXACT, EventMerger.mention(entry.dateValue(), entry.granularity(), "2020-10-07", "DAY"));
    }

    @Test
    void nestedDatesNeedMoreThanCapitals() {
        // "Moskow bersikeras pekan ini" and a Tuesday that angered Moscow: a capital in common is not enough
        assertEquals(2, EventMerger.cluster(List.of(
                week("id-a", "2023-10-02", "pekan ini", "Moskow bersikeras pekan ini bahwa mereka melakukan segala yang mereka bisa.",
                        "Moscow", "Armenia", "Azerbaijan"),
                day("id-b", "2023-10-03", "Selasa (3/10)",
                        "Parlemen Armenia bergabung dengan Mahkamah Pidana Internasional pada Selasa (3/10), langkah yang membuat Moskow marah.",
                        "Armenia", "Moscow"))).size());
        // a day and a year are too far apart to nest
        assertEquals(2, EventMerger.cluster(List.of(
                year("id-a", 2020, "tahun 2020", "Putin menolak membela Armenia tahun 2020.", "Vladimir Putin", "Armenia"),
                day("en-b", "2020-10-07", "on October 7, 2020", "Putin refused to defend Armenia on October 7, 2020.",
                        "Vladimir Putin", "Armenia"))).size());
    }

    @Test
    void aSeatOfGovernmentStandsForItsCountry() {
        // "Baku" acting is Azerbaijan; "Kementerian Luar Negeri Armenia" is also Armenia
        assertEquals(1, EventMerger.cluster(List.of(
                day("id-a", "2023-09-19", "Pada tanggal 19 September", "Pada tanggal 19 September, Baku melancarkan operasi di Nagorno-Karabakh.",
                        "Baku", "Nagorno-Karabakh"),
                day("en-b", "2023-09-19", "On 19 September", "On 19 September, Azerbaijan launched an operation in Nagorno-Karabakh.",
                        "Azerbaijan", "Nagorno-Karabakh"))).size());
    }

    @Test
    void aSentenceWithoutEntitiesIsReadWithItsArticle() {
        StoredEvent named = day("id-a", "2021-12-04", "Sabtu (4/12/2021)", "Gunung Semeru di Lumajang erupsi pada Sabtu (4/12/2021).",
                "Mount Semeru", "Lumajang");
        StoredEvent bare = bare("en-b", "2021-12-04", "on Saturday", "The volcano erupted on Saturday, burying villages under hot ash.",
                List.of("Mount Semeru", "Lumajang", "Indonesia"));
        assertEquals(1, EventMerger.cluster(List.of(named, bare)).size());
    }

    @Test
    void anArticlesEntitiesAloneAreNoEvidence() {
        // every event of the story happens at Semeru: the bridge lost that day is another event
        StoredEvent bridge = day("id-a", "2021-12-04", "pada hari Sabtu",
                "Jembatan Gladak Perak yang menghubungkan Lumajang dan Malang putus pada hari Sabtu.", "Lumajang", "Malang");
        StoredEvent eruption = bare("en-b", "2021-12-04", "on Saturday", "The volcano erupted on Saturday, burying villages under hot ash.",
                List.of("Mount Semeru", "Lumajang", "Indonesia"));
        assertEquals(2, EventMerger.cluster(List.of(bridge, eruption)).size());
    }

    @Test
    void matchPicksTheMostSimilarEntry() {
        EventMerger.Source event = EventMerger.Source.of(day("en-c", "2020-11-09", "yesterday",
                "Azerbaijan shot down a Russian helicopter over Armenia yesterday.", "Azerbaijan", "Armenia", "Russia"));
        EventMerger.Candidate helicopter = EventMerger.Candidate.of(1, EventMerger.Source.of(day("id-a", "2020-11-09", "Kemarin",
                "Kemarin, pasukan Azerbaijan menembak jatuh helikopter Rusia di atas wilayah Armenia.", "Azerbaijan", "Russia", "Armenia")));
        EventMerger.Candidate deal = EventMerger.Candidate.of(2, EventMerger.Source.of(day("id-b", "2020-11-09", "pada Senin (9/11/2020)",
                "Pashinyan menandatangani kesepakatan dengan Aliyev dan Putin pada Senin (9/11/2020).", "Nikol Pashinyan", "Ilham Aliyev",
                "Vladimir Putin", "Armenia", "Azerbaijan", "Russia")));
        EventMerger.Candidate match = EventMerger.match(event, List.of(deal, helicopter));
        assertNotNull(match);
        assertEquals(1, match.id());
        assertNull(EventMerger.match(EventMerger.Source.of(day("en-d", "2020-11-10", "on Tuesday", "Another day on Tuesday.", "Armenia")),
                List.of(deal, helicopter)));
    }

    @Test
    void twoEquallySimilarEntriesAreNoMatch() {
        List<String> context = List.of("Indonesia", "Cianjur", "Joko Widodo");
        StoredEvent toll = bare("id-a", "2022-11-23", "Hingga Rabu malam", "Hingga Rabu malam, 271 orang meninggal dunia.", context);
        StoredEvent rescue = bare("id-a", "2022-11-23", "Hari ini",
                "Hari ini, tim SAR menemukan seorang anak dalam keadaan hidup.", context);
        StoredEvent boy = bare("en-b", "2022-11-23", "on Wednesday",
                "A six-year-old boy was pulled alive from the rubble on Wednesday.", context);
        assertEquals(3, EventMerger.cluster(List.of(toll, rescue, boy)).size());
    }

    @Test
    void anEarlyNinetiesReportJoinsA1991EntryOnlyAsACoarserMention() {
        // the seed that says Nagorno-Karabakh broke away "pada awal tahun 1990-an" and another article's "Sejak 1991"
        StoredEvent decade = decade("id-seed", 1990, "awal tahun 1990-an",
                "Pada tanggal 19 September, Baku melancarkan apa yang disebutnya operasi kontra-teroris di Nagorno-Karabakh, "
                        + "yang memisahkan diri dari Azerbaijan pada awal tahun 1990-an.", "Baku", "Nagorno-Karabakh", "Azerbaijan");
        StoredEvent year = year("id-other", 1991, "Sejak 1991",
                "Sejak 1991, Nagorno-Karabakh memisahkan diri dari Azerbaijan dan menjadi republik yang tidak diakui.",
                "Nagorno-Karabakh", "Azerbaijan");
        List<EventMerger.Cluster> clusters = EventMerger.cluster(List.of(decade, year));
        assertEquals(1, clusters.size());
        EventMerger.Candidate entry = clusters.get(0).entry();
        assertEquals("1991", entry.dateValue());
        assertEquals(EventMerger.Mention.COARSER, EventMerger.mention(entry.dateValue(), entry.granularity(),
                decade.dateValue(), decade.granularity()), "the seed never becomes a source for 1991");
    }

    @Test
    void aCoarserReportOfAnotherEventStaysItsOwnEntry() {
        assertEquals(2, EventMerger.cluster(List.of(
                decade("en-a", 1990, "the early 1990s", "The region broke away from Azerbaijan in the early 1990s.", "Azerbaijan"),
                year("en-b", 1994, "in 1994", "A ceasefire ended the first war in 1994, leaving Armenian forces in control.",
                        "Armenia"))).size());
    }

    @Test
    void theTreatyOf1997InTwoSeedsIsOneEntry() {
        assertEquals(1, EventMerger.cluster(List.of(
                year("id-kompas", 1997, "1997", "Dia meminta bantuan Moskwa lalu menyerukan hubungan dekat kedua negara dan perjanjian 1997 "
                        + "tentang persahabatan, kerja sama, dan bantuan timbal balik.", "Moscow"),
                year("en-brussels", 1997, "in 1997", "Armenia and Russia signed a treaty of friendship, cooperation and mutual assistance "
                        + "in 1997.", "Armenia", "Russia"))).size());
    }

    @Test
    void anIndonesianAndAnEnglishReportWithoutAnEntityInCommon() {
        // "Perang pertama ... berakhir dengan gencatan senjata" and "a ceasefire ended the first war": the words carry it
        assertEquals(1, EventMerger.cluster(List.of(
                year("id-a", 1994, "pada tahun 1994", "Perang pertama di wilayah itu berakhir dengan gencatan senjata pada tahun 1994."),
                year("en-b", 1994, "in 1994", "The region broke away from Azerbaijan in the early 1990s, and a ceasefire ended the first "
                        + "war in 1994.", "Azerbaijan"))).size());
    }

    @Test
    void aSharedNumberBacksAFewWords() {
        // 300 soldiers killed at the border: "bentrokan di perbatasan ... menewaskan hampir 300 tentara"
        List<EventMerger.Cluster> clusters = EventMerger.cluster(List.of(
                year("en-a", 2022, "last year", "Fighting along the border between the two countries killed nearly 300 soldiers last year."),
                month("id-b", "2022-09", "pada September", "Tahun lalu, bentrokan di perbatasan kedua negara pada September menewaskan "
                        + "hampir 300 tentara.")));
        assertEquals(1, clusters.size());
        assertEquals("2022-09", clusters.get(0).entry().dateValue(), "the finer date leads");
    }

    @Test
    void candidatesStartWhereTheyMayRelate() {
        LocalDate day = LocalDate.of(2020, 10, 2);
        assertEquals(List.of(new EventMerger.StartWindow("DAY", day, day),
                        new EventMerger.StartWindow("WEEK", LocalDate.of(2020, 9, 26), day),
                        new EventMerger.StartWindow("MONTH", LocalDate.of(2020, 10, 1), day)),
                EventMerger.startWindows("DAY", day, day), "a day: its own date, a week that began up to six days before, its month");
        LocalDate september = LocalDate.of(2023, 9, 1);
        LocalDate end = LocalDate.of(2023, 9, 30);
        assertEquals(List.of(new EventMerger.StartWindow("DAY", september, end),
                        new EventMerger.StartWindow("WEEK", september, end),
                        new EventMerger.StartWindow("MONTH", september, september),
                        new EventMerger.StartWindow("YEAR", LocalDate.of(2023, 1, 1), september),
                        new EventMerger.StartWindow("DECADE", LocalDate.of(2020, 1, 1), september)),
                EventMerger.startWindows("MONTH", september, end), "a month: days and weeks inside it, its year and decade");
        assertEquals(3, EventMerger.startWindows("DECADE", LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31)).size(),
                "a decade relates to years and months only (two steps), and to itself");
    }
}
