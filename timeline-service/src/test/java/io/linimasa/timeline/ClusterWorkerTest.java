package io.linimasa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.timeline.service.ClusterWorker;
import io.linimasa.timeline.service.EventMerger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker's use of the merge rules against the real PostgreSQL: candidates, finer dates, rebuilds. */
@QuarkusTest
@QuarkusTestResource(IngestSchemaResource.class)
class ClusterWorkerTest {

    @Inject
    EntityManager em;

    @Inject
    ClusterWorker worker;

    @BeforeEach
    void clear() {
        QuarkusTransaction.requiringNew().run(() -> new StoreFixtures(em).clear());
    }

    private void store(java.util.function.Consumer<StoreFixtures> writes) {
        QuarkusTransaction.requiringNew().run(() -> writes.accept(new StoreFixtures(em)));
    }

    /** date, granularity, summary and the sources' article ids of every entry, in date order. */
    @SuppressWarnings("unchecked")
    private List<Object[]> entries() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT t.date_value, t.granularity, t.summary,
                       (SELECT string_agg(s.article_id, ',' ORDER BY s.article_id) FROM timeline.timeline_source s WHERE s.entry_id = t.id)
                FROM timeline.timeline_entry t ORDER BY t.date_start, t.id""").getResultList());
    }

    @Test
    void aFinerDateInALaterBatchJoinsTheStoredEntryAndGivesItsDate() {
        store(s -> {
            s.article("m1", "Rusia Tolak Bela Armenia", "VIVA", null, null);
            s.event("m1", 0, "2020-10", "MONTH", "2020-10-01", "2020-10-31",
                    "Presiden Rusia Vladimir Putin menyatakan pada Oktober 2020 bahwa Rusia tidak wajib membela Armenia.",
                    "Russia", "Vladimir Putin", "Armenia");
        });
        StoreFixtures.assignAll(worker, em);
        store(s -> {
            s.article("d1", "en", "Putin: no obligation to defend Armenia", "Reuters", null, null, null);
            s.event("d1", 0, "2020-10-07", "DAY", "2020-10-07", "2020-10-07",
                    "Putin said on October 7, 2020 that Russia had no obligation to defend Armenia.",
                    "Vladimir Putin", "Russia", "Armenia");
        });
        StoreFixtures.assignAll(worker, em);
        List<Object[]> entries = entries();
        assertEquals(1, entries.size());
        assertEquals("2020-10-07", entries.get(0)[0]);
        assertEquals("DAY", entries.get(0)[1]);
        assertEquals("Putin said on October 7, 2020 that Russia had no obligation to defend Armenia.", entries.get(0)[2]);
        assertEquals("d1,m1", entries.get(0)[3]);
    }

    @Test
    void anEntryThatLosesAnEventToRenormalisationIsBuiltAgainFromWhatItsOtherSourcesSay() {
        aFinerDateInALaterBatchJoinsTheStoredEntryAndGivesItsDate();
        store(s -> {
            s.retireEvents("d1");
            s.event("d1", 0, "2020-11-03", "DAY", "2020-11-03", "2020-11-03",
                    "Putin met Pashinyan in Moscow on November 3, 2020.", "Vladimir Putin", "Nikol Pashinyan", "Moscow");
        });
        StoreFixtures.assignAll(worker, em);
        List<Object[]> entries = entries();
        assertEquals(2, entries.size());
        assertEquals("2020-10", entries.get(0)[0], "the entry went back to the date its remaining source gives");
        assertEquals("MONTH", entries.get(0)[1]);
        assertEquals("m1", entries.get(0)[3]);
        assertEquals("2020-11-03", entries.get(1)[0]);
        assertEquals("d1", entries.get(1)[3]);
    }

    @Test
    void aSentenceWithoutEntitiesIsReadWithItsArticlesEntities() {
        store(s -> {
            s.article("a1", "Perang Nagorno-Karabakh", "Kompas.com", "2020-10-31 17:17:00+07", "+07:00");
            s.event("a1", 0, "2020-09-27", "DAY", "2020-09-27", "2020-09-27",
                    "Konflik di Nagorno-Karabakh kembali membara pada 27 September 2020.", "Nagorno-Karabakh");
            s.article("a2", "en", "Fighting over Karabakh", "Reuters", "2020-11-10 10:30:00+00", "+00:00", null);
            s.entity("a2", 0, "Armenia", 7);
            s.entity("a2", 1, "Azerbaijan", 6);
            s.entity("a2", 2, "Nagorno-Karabakh", 5);
            s.event("a2", 0, "2020-09-27", "DAY", "2020-09-27", "2020-09-27", "The latest fighting broke out on September 27.");
        });
        StoreFixtures.assignAll(worker, em);
        List<Object[]> entries = entries();
        assertEquals(1, entries.size());
        assertEquals("a1,a2", entries.get(0)[3]);
    }

    @Test
    void newerRulesBuildTheirEntriesBesideTheActiveOnesAndThenTakeOver() {
        store(s -> {
            s.article("k1", "Yerevan Minta Bantuan Rusia", "Kompas.com", "2020-10-31 17:17:00+07", "+07:00");
            s.event("k1", 0, "2020-10-30", "DAY", "2020-10-30", "2020-10-30",
                    "Armenia dan Azerbaijan gagal menyetujui gencatan senjata di Jenewa pada Jumat (30/10/2020).",
                    "Armenia", "Azerbaijan", "Geneva");
        });
        StoreFixtures.assignAll(worker, em);
        long before = entryId();
        // As if the previous rules built that entry and are still the ones readers see.
        int previous = EventMerger.VERSION - 1;
        QuarkusTransaction.requiringNew().run(() -> {
            new StoreFixtures(em).lockWorker();
            em.createNativeQuery("UPDATE timeline.timeline_entry SET rules_version = ?1").setParameter(1, previous).executeUpdate();
            em.createNativeQuery("UPDATE timeline.timeline_source SET rules_version = ?1").setParameter(1, previous).executeUpdate();
            em.createNativeQuery("UPDATE timeline.merge_state SET active_version = ?1").setParameter(1, previous).executeUpdate();
            em.createNativeQuery("DELETE FROM timeline.worker_cursor").executeUpdate(); // the current rules have not run yet
        });
        long deadline = System.currentTimeMillis() + 15_000;
        while (activeVersion() != EventMerger.VERSION && System.currentTimeMillis() < deadline) {
            worker.assignBatch();
            assertTrue(activeVersion() == EventMerger.VERSION || entries().size() >= 1, "readers always see an entry");
            worker.takeOverWhenCaughtUp();
        }
        assertEquals(EventMerger.VERSION, activeVersion());
        List<Object[]> entries = entries();
        assertEquals(1, entries.size(), "the older version's entry is gone");
        assertTrue(entryId() != before, "the entry was built again by the current rules");
    }

    @Test
    void aReplicaWithOlderRulesWritesNothing() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE timeline.merge_state SET active_version = ?1")
                .setParameter(1, EventMerger.VERSION + 1).executeUpdate());
        store(s -> {
            s.article("o1", "Gencatan Senjata", "Kompas.com", "2020-10-31 17:17:00+07", "+07:00");
            s.event("o1", 0, "2020-10-30", "DAY", "2020-10-30", "2020-10-30", "Gencatan senjata gagal pada Jumat (30/10/2020).",
                    "Armenia");
        });
        assertEquals(0, worker.assignBatch());
        worker.takeOverWhenCaughtUp();
        long entries = ((Number) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT count(*) FROM timeline.timeline_entry").getSingleResult())).longValue();
        assertEquals(0, entries);
        assertEquals(EventMerger.VERSION + 1, activeVersion());
    }

    @Test
    void anEventThatCannotBeMergedIsSetAsideAndTheOthersGoOn() {
        store(s -> {
            s.article("p1", "Data Rusak", "Kompas.com", "2020-10-31 17:17:00+07", "+07:00");
            s.event("p1", 0, "2020-10", "SEASON", "2020-10-01", "2020-10-14", "Sebuah baris yang rusak pada Oktober 2020.",
                    "Armenia");
            s.event("p1", 1, "2020-10-30", "DAY", "2020-10-30", "2020-10-30", "Gencatan senjata gagal pada Jumat (30/10/2020).",
                    "Armenia");
        });
        StoreFixtures.assignAll(worker, em);
        assertEquals(1, entries().size(), "the good event has its entry");
        List<?> setAside = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT reason FROM timeline.event_set_aside").getResultList());
        assertEquals(1, setAside.size());
        assertTrue(((String) setAside.get(0)).contains("SEASON"), "the reason names the cause: " + setAside.get(0));
    }

    @Test
    void aLeapYearFebruaryReachesTheTimeline() {
        store(s -> {
            s.article("f1", "Pemilu 14 Februari", "Kompas.com", "2024-03-01 10:00:00+07", "+07:00");
            s.event("f1", 0, "2024-02", "MONTH", "2024-02-01", "2024-02-29",
                    "Pemilihan umum digelar pada Februari 2024 di seluruh Indonesia.", "Indonesia");
            s.event("f1", 1, "2024-02-14", "DAY", "2024-02-14", "2024-02-14",
                    "Pemungutan suara berlangsung pada 14 Februari 2024.", "Indonesia");
            s.event("f1", 2, "2024", "YEAR", "2024-01-01", "2024-12-31",
                    "Tahun 2024 adalah tahun pemilu.", "Indonesia");
        });
        StoreFixtures.assignAll(worker, em);
        assertTrue(entries().stream().anyMatch(e -> "2024-02".equals(e[0])), "the February entry is on the timeline");
    }

    private int activeVersion() {
        return ((Number) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT active_version FROM timeline.merge_state").getSingleResult())).intValue();
    }

    private long entryId() {
        return ((Number) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT id FROM timeline.timeline_entry").getSingleResult())).longValue();
    }
}
