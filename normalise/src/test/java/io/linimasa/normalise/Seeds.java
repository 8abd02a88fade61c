package io.linimasa.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample articles of the project's seeds/ folder. */
public final class Seeds {

    private Seeds() {
    }

    public static String read(String prefix) {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
