package io.linimasa.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The lines of an NDJSON file, each already an article line of the batch endpoint: sent as they are. */
final class NdjsonPages {

    private final long maxLineChars;
    private final Predicate<String> acceptedBefore;

    NdjsonPages(long maxArticleBytes, Predicate<String> acceptedBefore) {
        // the endpoint's own allowance: an article escaped into JSON may take twice its bytes
        this.maxLineChars = 2 * maxArticleBytes + 64 * 1024;
        this.acceptedBefore = acceptedBefore;
    }

    void read(Path file, Consumer<Item> out) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String key = file + "#" + number;
                if (acceptedBefore.test(key)) {
                    out.accept(new Item.AcceptedBefore(key));
                } else if (line.length() > maxLineChars) {
                    out.accept(new Item.Refused(key, "too large", "the line is longer than " + maxLineChars + " characters"));
                } else {
                    out.accept(new Item.Page(key, line));
                }
            }
        }
    }
}
