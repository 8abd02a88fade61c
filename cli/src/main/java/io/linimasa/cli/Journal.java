package io.linimasa.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The pages ingest accepted, one line each ({@code key TAB id}), appended as the answers come and
 * flushed after each batch, so that a run resumed after an interruption sends none of them again.
 * A last line without its newline (the run stopped while writing it) is not taken.
 */
final class Journal implements Closeable {

    static final String FILE = "accepted.tsv";

    private final Map<String, String> accepted = new HashMap<>();
    private final BufferedWriter out;

    private Journal(Path file) throws IOException {
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            for (String line : text.substring(0, end + 1).split("\n")) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    accepted.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            if (end + 1 < text.length()) {
                // drop the torn line, so that the next one starts on a line of its own
                Files.writeString(file, text.substring(0, end + 1), StandardCharsets.UTF_8);
            }
        }
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static Journal open(Path stateDirectory) throws IOException {
        Files.createDirectories(stateDirectory);
        return new Journal(stateDirectory.resolve(FILE));
    }

    synchronized boolean contains(String key) {
        return accepted.containsKey(key);
    }

    /** The ids of the pages accepted before: a page of this run with one of them is a duplicate. */
    synchronized Collection<String> ids() {
        return accepted.values();
    }

    synchronized void accepted(String key, String id) throws IOException {
        if (accepted.put(key, id) == null) {
            out.write(key);
            out.write('\t');
            out.write(id);
            out.write('\n');
        }
    }

    synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
