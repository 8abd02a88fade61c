package io.linimasa.normalise.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the rule files under {@code normalise/}: one rule a line, '#' comments and blank lines skipped. */
public final class ResourceLines {

    private ResourceLines() {
    }

    public static List<String> read(String name) {
        String path = "normalise/" + name;
        try (InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
