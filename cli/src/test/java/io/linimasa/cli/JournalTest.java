package io.linimasa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path state;

    @Test
    void remembersAcceptedKeysAcrossRuns() throws IOException {
        try (Journal journal = Journal.open(state)) {
            journal.accepted("/crawl/a.ndjson#1", "id1");
            journal.accepted("<urn:uuid:x>", "id2");
            journal.accepted("<urn:uuid:x>", "id2");
        }
        try (Journal journal = Journal.open(state)) {
            assertTrue(journal.contains("/crawl/a.ndjson#1"));
            assertTrue(journal.contains("<urn:uuid:x>"));
            assertFalse(journal.contains("/crawl/a.ndjson#2"));
            assertEquals(List.of("id1", "id2"), journal.ids().stream().sorted().toList());
        }
        assertEquals(2, Files.readAllLines(state.resolve(Journal.FILE)).size());
    }

    @Test
    void dropsALineTornByAnInterruption() throws IOException {
        try (Journal journal = Journal.open(state)) {
            journal.accepted("/crawl/a.ndjson#12", "id12");
        }
        // the run stopped while writing "/crawl/a.ndjson#123\tid123": a prefix of it must not count as a key
        Files.writeString(state.resolve(Journal.FILE), "/crawl/a.ndjson#1\tid", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Journal journal = Journal.open(state)) {
            assertTrue(journal.contains("/crawl/a.ndjson#12"));
            assertFalse(journal.contains("/crawl/a.ndjson#1"));
            journal.accepted("/crawl/a.ndjson#2", "id2");
        }
        assertEquals(List.of("/crawl/a.ndjson#12\tid12", "/crawl/a.ndjson#2\tid2"), Files.readAllLines(state.resolve(Journal.FILE)));
    }
}
