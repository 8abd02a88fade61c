package io.linimasa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class IngestRunTest {

    @TempDir
    Path dir;

    private FakeIngest ingest;
    private String printed;

    @BeforeEach
    void start() throws IOException {
        ingest = new FakeIngest();
    }

    @AfterEach
    void stop() {
        ingest.close();
    }

    private int run(String token, Path... paths) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IngestRun.Settings settings = new IngestRun.Settings(3, 2, 8L << 20, 4 << 20, dir.resolve("state"), false);
        BatchClient client = new BatchClient(ingest.url(), token, duration -> { });
        int exit = new IngestRun(settings, client, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())).run(List.of(paths));
        printed = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private long count(String what) {
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(what) + "\\s+([\\d,]+)").matcher(printed);
        assertTrue(m.find(), what + " in:\n" + printed);
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** A crawl folder: a WARC with a page under two URLs, an NDJSON file, a text and an HTML page, a file of another kind. */
    private Path crawl() throws IOException {
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        new TestWarcs().warcinfo().request("https://a.example.id/1")
                .html("https://a.example.id/1", TestWarcs.page(1))
                .html("https://a.example.id/1?utm_source=x", TestWarcs.page(1))
                .html("https://a.example.id/2", TestWarcs.page(2))
                .response("https://a.example.id/logo.png", "image/png", new byte[] {1, 2, 3})
                .write(crawl.resolve("a.warc.gz"), WarcCompression.GZIP);
        Files.writeString(crawl.resolve("b.ndjson"), "{\"text\": \"Berita tiga\", \"url\": \"https://b.example.id/3\"}\n\n"
                + "{\"text\": \"Menu | no article here\"}\n");
        Files.writeString(crawl.resolve("c.txt"), "Berita empat\n\nIsi.");
        Files.writeString(crawl.resolve("d.html"), "<html><body><p>Berita lima</p></body></html>");
        Files.writeString(crawl.resolve("notes.md"), "not a page");
        return crawl;
    }

    @Test
    void sendsEveryKindAndSumsUpWhatBecameOfIt() throws Exception {
        assertEquals(IngestRun.OK, run(FakeIngest.TOKEN, crawl()), printed);
        assertEquals(5, count("created"));
        assertEquals(0, count("already there"));
        assertEquals(1, count("duplicates"));
        assertEquals(1, count("refused"));
        assertTrue(printed.contains("no article 1"), printed);
        assertTrue(printed.contains("file of another kind 1") && printed.contains("response image/png 1")
                && printed.contains("request 1") && printed.contains("warcinfo 1"), printed);
        assertTrue(ingest.received.stream().anyMatch(p -> "https://a.example.id/2".equals(p.path("url").asText())
                && "2023-11-06T03:04:05Z".equals(p.path("fetchedAt").asText())));
    }

    @Test
    void resumesWithoutSendingWhatWasAccepted() throws Exception {
        Path crawl = crawl();
        run(FakeIngest.TOKEN, crawl);
        int sent = ingest.received.size();
        assertEquals(IngestRun.OK, run(FakeIngest.TOKEN, crawl), printed);
        // only the page without an article is sent again: refusals are not journaled
        assertEquals(sent + 1, ingest.received.size());
        assertEquals(6, count("accepted before"));
        assertEquals(0, count("created"));
        assertEquals(0, count("duplicates"));
    }

    @Test
    void waitsForAFullServiceAndSendsAgainWhatWasNotStored() throws Exception {
        Path page = Files.writeString(dir.resolve("away.ndjson"), "{\"text\": \"Berita, database away\"}\n{\"text\": \"Berita lain\"}\n");
        ingest.fullFor.set(2);
        assertEquals(IngestRun.OK, run(FakeIngest.TOKEN, page), printed);
        assertEquals(2, count("created"));
        assertEquals(0, count("refused"));
        assertEquals(4, ingest.requests.get(), "two full, one with a line not stored, one again");
    }

    @Test
    void failsWhenAPageIsRefusedForAnotherReasonThanNoArticle() throws Exception {
        Path cut = new TestWarcs().html("https://a.example.id/1", TestWarcs.page(1)).html("https://a.example.id/2", TestWarcs.page(2))
                .write(dir.resolve("cut.warc"), WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        assertEquals(IngestRun.REFUSED, run(FakeIngest.TOKEN, cut), printed);
        assertEquals(1, count("created"));
        assertTrue(printed.contains("truncated record 1"), printed);
        assertTrue(Files.readString(dir.resolve("state").resolve(RefusedLog.FILE)).contains("truncated record"));
    }

    @Test
    void stopsOnABadTokenAndJournalsNothing() throws Exception {
        assertEquals(IngestRun.STOPPED, run("wrong", crawl()), printed);
        assertEquals(0, Files.size(dir.resolve("state").resolve(Journal.FILE)));
    }
}
