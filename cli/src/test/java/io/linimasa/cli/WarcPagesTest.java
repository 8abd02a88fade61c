package io.linimasa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<Item> read(Path file, long maxArticleBytes) throws IOException {
        List<Item> items = new ArrayList<>();
        new WarcPages(maxArticleBytes, key -> false, new ReadProgress(Files.size(file))).read(file, items::add);
        return items;
    }

    private static List<Item> read(Path file) throws IOException {
        return read(file, 4 << 20);
    }

    private static List<JsonNode> pages(List<Item> items) throws IOException {
        List<JsonNode> pages = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Item.Page page) {
                pages.add(JSON.readTree(page.json()));
            }
        }
        return pages;
    }

    private static List<String> kinds(List<Item> items) {
        return items.stream().filter(Item.NotPage.class::isInstance).map(i -> ((Item.NotPage) i).kind()).toList();
    }

    private static List<Item.Refused> refused(List<Item> items) {
        return items.stream().filter(Item.Refused.class::isInstance).map(Item.Refused.class::cast).toList();
    }

    private static TestWarcs mixedCrawl() throws IOException {
        return new TestWarcs().warcinfo()
                .request("https://news.example.id/a/1").html("https://news.example.id/a/1", TestWarcs.page(1))
                .metadata("https://news.example.id/a/1")
                .response("https://news.example.id/logo.jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, 2})
                .response("https://news.example.id/report.pdf", "application/pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))
                .response("https://news.example.id/gone", 404, "text/html", "<html>not here</html>".getBytes(StandardCharsets.US_ASCII))
                .conversion("https://news.example.id/a/2", "Judul berita dua\n\nIsi berita dua.")
                .html("https://news.example.id/a/3", TestWarcs.page(3));
    }

    @Test
    void readsHtmlResponsesAndTextConversionsAndCountsTheRest() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            List<Item> items = read(mixedCrawl().write(dir.resolve("crawl-" + compression + ".warc"), compression));
            List<JsonNode> pages = pages(items);
            assertEquals(3, pages.size(), compression + ": " + items);
            JsonNode first = pages.get(0);
            assertEquals(TestWarcs.page(1), first.path("html").asText());
            assertEquals("https://news.example.id/a/1", first.path("url").asText());
            assertEquals("2023-11-06T03:04:05Z", first.path("fetchedAt").asText());
            assertEquals("Judul berita dua\n\nIsi berita dua.", pages.get(1).path("text").asText());
            assertEquals("https://news.example.id/a/2", pages.get(1).path("url").asText());
            assertTrue(pages.get(1).path("html").isMissingNode());
            assertEquals(List.of("warcinfo", "request", "metadata", "response image/jpeg", "response application/pdf", "response HTTP 404"),
                    kinds(items), compression.toString());
            assertTrue(refused(items).isEmpty());
        }
    }

    @Test
    void readsAFileGzippedWhole() throws IOException {
        Path plain = mixedCrawl().write(dir.resolve("crawl.warc"), WarcCompression.NONE);
        Path whole = dir.resolve("crawl-whole.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            Files.copy(plain, out);
        }
        List<Item> items = read(whole);
        assertEquals(3, pages(items).size());
        assertEquals(6, kinds(items).size());
    }

    @Test
    void decodesAPageInTheCharsetOfItsHttpHeaderOnly() throws IOException {
        Charset latin = Charset.forName("windows-1252");
        Path file = new TestWarcs().html("https://news.example.id/latin", TestWarcs.LATIN_PAGE, latin)
                .write(dir.resolve("latin.warc.gz"), WarcCompression.GZIP);
        String html = pages(read(file)).get(0).path("html").asText();
        assertEquals(TestWarcs.LATIN_PAGE, html);
        assertTrue(html.contains("Caf\u00e9") && html.contains("\u00bd"));
    }

    @Test
    void refusesATruncatedTailAndKeepsWhatCameBefore() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            Path file = mixedCrawl().write(dir.resolve("cut-" + compression + ".warc"), compression);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length - 40));
            List<Item> items = read(file);
            assertEquals(2, pages(items).size(), compression + ": " + items);
            List<Item.Refused> refused = refused(items);
            assertEquals(1, refused.size(), compression + ": " + items);
            assertTrue(refused.get(0).reason().equals("truncated record") || refused.get(0).reason().equals("unreadable record"),
                    refused.get(0).toString());
        }
    }

    @Test
    void goesOnAfterABrokenRecordInTheMiddle() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            // records are written once: their bodies are read as they are written
            TestWarcs warcs = new TestWarcs();
            for (int n = 1; n <= 5; n++) {
                warcs.html("https://news.example.id/m/" + n, TestWarcs.page(n));
            }
            Path file = warcs.write(dir.resolve("broken-" + compression + ".warc"), compression);
            byte[] bytes = Files.readAllBytes(file);
            // the third record's header, garbled past its first bytes
            int third = thirdRecordStart(bytes, compression);
            for (int i = third + 12; i < third + 40; i++) {
                bytes[i] = (byte) 'x';
            }
            Files.write(file, bytes);
            List<Item> items = read(file);
            List<String> urls = pages(items).stream().map(p -> p.path("url").asText()).toList();
            assertEquals(List.of("https://news.example.id/m/1", "https://news.example.id/m/2", "https://news.example.id/m/4",
                    "https://news.example.id/m/5"), urls, compression + ": " + items);
            assertEquals(1, refused(items).size(), compression + ": " + items);
        }
    }

    private static int thirdRecordStart(byte[] bytes, WarcCompression compression) {
        byte[] mark = compression == WarcCompression.GZIP ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "WARC/1.".getBytes(StandardCharsets.US_ASCII);
        int found = 0;
        for (int i = 0; i + mark.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + mark.length, mark, 0, mark.length) && ++found == 3) {
                return i;
            }
        }
        throw new AssertionError("no third record");
    }

    @Test
    void refusesARecordOverTheArticleLimitOnItsOwn() throws IOException {
        String big = "<html><body><p>" + "kata ".repeat(400) + "</p></body></html>";
        Path file = new TestWarcs().html("https://news.example.id/small", TestWarcs.page(1)).html("https://news.example.id/big", big)
                .html("https://news.example.id/after", TestWarcs.page(2)).write(dir.resolve("big.warc.gz"), WarcCompression.GZIP);
        List<Item> items = read(file, 1000);
        assertEquals(List.of("https://news.example.id/small", "https://news.example.id/after"),
                pages(items).stream().map(p -> p.path("url").asText()).toList());
        assertEquals("too large", refused(items).get(0).reason());
    }

    @Test
    void keysAreRecordIdsAndTheJournalSkipsThem() throws IOException {
        Path file = mixedCrawl().write(dir.resolve("keys.warc.gz"), WarcCompression.GZIP);
        List<String> keys = read(file).stream().filter(Item.Page.class::isInstance).map(i -> ((Item.Page) i).key()).toList();
        assertTrue(keys.stream().allMatch(k -> k.startsWith("<urn:uuid:")), keys.toString());
        List<Item> again = new ArrayList<>();
        new WarcPages(4 << 20, keys.get(0)::equals, new ReadProgress(Files.size(file))).read(file, again::add);
        assertEquals(1, again.stream().filter(Item.AcceptedBefore.class::isInstance).count());
        assertEquals(2, pages(again).size());
    }
}
