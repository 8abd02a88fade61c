package io.linimasa.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Each refused page with its reason and the detail ({@code key TAB reason TAB detail}), for a look after the run. */
final class RefusedLog implements Closeable {

    static final String FILE = "refused.tsv";

    private final Path file;
    private final BufferedWriter out;

    RefusedLog(Path stateDirectory) throws IOException {
        this.file = stateDirectory.resolve(FILE);
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    Path file() {
        return file;
    }

    synchronized void refused(String key, String reason, String detail) throws IOException {
        out.write(key + '\t' + reason + '\t' + (detail == null ? "" : detail.replaceAll("\\s+", " ")) + '\n');
    }

    synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
