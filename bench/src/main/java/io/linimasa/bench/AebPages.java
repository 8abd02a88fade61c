package io.linimasa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The benchmark's pages as a crawler would hand them over: gunzipped and decoded, with their hand-written bodies. */
final class AebPages {

    record Page(String id, String url, String html, String truth) {
    }

    /** How far into the bytes a declared charset is looked for (browsers: 1024; crawlers look further). */
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
    /** WHATWG: these labels mean windows-1252 on the web. */
    private static final Map<String, String> LABELS = Map.of(
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
            "ascii", "windows-1252", "iso8859-1", "windows-1252", "x-sjis", "shift_jis");

    private AebPages() {
    }

    static List<Page> load(Path folder) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            Path file = folder.resolve("html").resolve(id + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            pages.add(new Page(id, e.getValue().path("url").asText(null), decode(bytes),
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }

    /** The bytes in the charset of their byte order mark or their meta declaration, UTF-8 otherwise. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, declared(bytes));
    }

    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            String label = m.group(1).toLowerCase(Locale.ROOT);
            label = LABELS.getOrDefault(label, label);
            try {
                Charset charset = Charset.forName(label);
                // A page that calls itself UTF-16 in ASCII bytes is not UTF-16 (WHATWG).
                return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
            } catch (IllegalArgumentException unknown) {
                // an unknown label: look for another declaration, else UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }
}
