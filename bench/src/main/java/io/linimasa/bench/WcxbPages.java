package io.linimasa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The article pages of WCXB's development split ({@code ../shared/bench/wcxb-dev}): each page as
 * plain page text and as HTML bytes, with its gold body. Pages without a gold body are left out.
 */
final class WcxbPages {

    static final Path DEFAULT = Path.of("..", "shared", "bench", "wcxb-dev");

    record Page(String id, String url, String text, byte[] html, String gold) {
    }

    private WcxbPages() {
    }

    static List<Page> load(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        List<Path> truths;
        try (Stream<Path> files = Files.list(folder.resolve("ground-truth"))) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path truth : truths) {
            String id = truth.getFileName().toString().replace(".json", "");
            JsonNode root = json.readTree(truth.toFile());
            JsonNode gold = root.path("ground_truth").path("main_content");
            if (!gold.isTextual() || gold.asText().isBlank()) {
                continue;
            }
            Path text = folder.resolve("text").resolve(id + ".txt.gz");
            Path html = folder.resolve("html").resolve(id + ".html.gz");
            if (!Files.exists(text) || !Files.exists(html)) {
                continue;
            }
            pages.add(new Page(id, root.path("url").asText(null), new String(gunzip(text), StandardCharsets.UTF_8),
                    gunzip(html), gold.asText()));
        }
        return pages;
    }

    static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
