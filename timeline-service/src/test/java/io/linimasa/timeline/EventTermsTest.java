package io.linimasa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.timeline.service.EventTerms;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Terms that compare an Indonesian and an English report. */
class EventTermsTest {

    @Test
    void numbersAreOneValueInBothLanguages() {
        EventTerms id = EventTerms.of("Lebih dari 2.000 orang luka-luka dan gempa bermagnitudo 5,6 mengguncang.", "id");
        EventTerms en = EventTerms.of("More than 2,000 people were hurt by the magnitude 5.6 quake.", "en");
        assertEquals(2, id.sharedNumbers(en));
        assertEquals(0, EventTerms.of("Sekitar 300 tentara tewas.", "id").sharedNumbers(EventTerms.of("About 3,000 troops died.", "en")));
        // a time of day counts nothing
        assertEquals(Set.of(), EventTerms.of("Gunung itu erupsi sekitar pukul 15.00 WIB.", "id").numbers());
        assertEquals(Set.of(), EventTerms.of("The volcano erupted at 15:00 local time.", "en").numbers());
    }

    @Test
    void indonesianWordsMeetTheirEnglishTranslations() {
        EventTerms id = EventTerms.of("Perang pertama berakhir dengan gencatan senjata.", "id");
        EventTerms en = EventTerms.of("A ceasefire ended the first war.", "en");
        assertTrue(id.similarity(en) >= 0.75, "war, first, end, ceasefire: " + id + " / " + en);
        // through the lemma: "menewaskan" is "tewas", "perbatasan" is "batas"
        assertTrue(EventTerms.of("Bentrokan di perbatasan menewaskan tentara.", "id")
                .similarity(EventTerms.of("Clashes at the border killed soldiers.", "en")) >= 0.5);
    }

    @Test
    void loanwordsMeetTheirEnglishSource() {
        assertTrue(EventTerms.of("Rekonstruksi berlangsung di bawah komisi khusus.", "id")
                .similarity(EventTerms.of("Reconstruction took place under a special commission.", "en")) >= 0.5);
        assertEquals(EventTerms.loanwordKey("teroris"), EventTerms.loanwordKey("terrorist"));
        assertEquals(EventTerms.loanwordKey("konflik"), EventTerms.loanwordKey("conflict"));
    }

    @Test
    void stopWordsAndCountriesAreLeftOut() {
        // "Rusia" and "Russia": the entities carry countries; "yang", "the" say nothing
        assertEquals(List.of(), EventTerms.of("Rusia yang dan", "id").words());
        assertEquals(List.of(), EventTerms.of("the Russia of", "en").words());
        assertEquals(0, EventTerms.of("Rusia menyerang.", "id").similarity(EventTerms.of("Russia defended.", "en")));
    }

    @Test
    void unrelatedReportsShareLittle() {
        assertTrue(EventTerms.of("Presiden meninjau lokasi bencana dan berjanji membangun kembali rumah warga.", "id")
                .similarity(EventTerms.of("Protesters stormed the government building demanding a resignation.", "en")) < 0.2);
    }

    @Test
    void storedAndReadBack() {
        EventTerms terms = EventTerms.of("Pasukan Azerbaijan menembak jatuh helikopter Mi-24 dan menewaskan dua awaknya.", "id");
        assertEquals(terms, EventTerms.fromStored(terms.stored()));
    }
}
