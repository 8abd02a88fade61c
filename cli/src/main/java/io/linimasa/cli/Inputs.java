package io.linimasa.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files that the paths given name: files as they are, folders walked in name order, kinds by their endings. */
final class Inputs {

    enum Kind { WARC, NDJSON, TEXT, HTML }

    record Input(Path file, Kind kind, long bytes) {
    }

    private Inputs() {
    }

    /** The inputs, and the files of a kind it does not read (counted, not read). */
    static List<Input> of(List<Path> paths, List<Path> ignored) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IOException("no such file or folder: " + path);
            }
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Kind kind = kind(file);
                    if (kind == null) {
                        ignored.add(file);
                    } else {
                        inputs.add(new Input(file.toAbsolutePath().normalize(), kind, size(file)));
                    }
                }
            }
        }
        return inputs;
    }

    static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".wet") || name.endsWith(".wet.gz")) {
            return Kind.WARC;
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return Kind.NDJSON;
        }
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        return null;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
