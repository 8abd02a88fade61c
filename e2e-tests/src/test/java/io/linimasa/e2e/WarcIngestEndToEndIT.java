package io.linimasa.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.cli.IngestCommand;
import io.linimasa.security.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

/** linimasa ingest on a WARC the test writes, against the real stack: the summary, and the articles stored with their URL. */
class WarcIngestEndToEndIT {

    private static final Instant FETCHED = Instant.parse("2020-11-23T10:00:00Z");
    private static Stack stack;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        stack = Stack.start(Stores.shared("linimasa_test_e2e"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    /** A seed as an HTML page in windows-1252, its charset only in the HTTP header; another as a WET text record; an image. */
    private Path crawl() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        // a letter windows-1252 and UTF-8 write differently, in the story's first paragraph
        String text = Pages.seed("002").replaceFirst(" secara resmi ", " secara resmi dari Caf\u00e9 ");
        String html = "<html><head><title>Seed</title></head><body>" + text.lines()
                .map(l -> "<p>" + l + "</p>").reduce("", String::concat) + "</body></html>";
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            writer.write(new WarcResponse.Builder(URI.create("https://www.kompas.com/read/warc-e2e")).date(FETCHED)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=windows-1252"),
                            html.getBytes(Charset.forName("windows-1252"))).build()).build());
            writer.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", "https://example.org/idn-warc").date(FETCHED)
                    .body(MediaType.PLAIN_TEXT, Pages.seed("003").getBytes(StandardCharsets.UTF_8)).build());
            writer.write(new WarcResponse.Builder(URI.create("https://www.kompas.com/logo.png")).date(FETCHED)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                            .build()).build());
        }
        return file;
    }

    private record Run(int exit, String summary) {
    }

    private Run ingest(Path file) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new IngestCommand()).execute(file.toString(), "--url", stack.url("ingest-service"),
                    "--token", TestTokens.with("ingest"), "--state", dir.resolve("state").toString());
            return new Run(exit, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    private static long count(Run run, String what) {
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(what) + "\\s+(\\d+)").matcher(run.summary());
        assertTrue(m.find(), what + " in:\n" + run.summary());
        return Long.parseLong(m.group(1));
    }

    @Test
    void ingestsAWarcAndResumesWithoutSendingAgain() throws Exception {
        Path crawl = crawl();
        Run first = ingest(crawl);
        assertEquals(0, first.exit(), first.summary());
        assertEquals(2, count(first, "created") + count(first, "already there"), first.summary());
        assertTrue(first.summary().contains("response image/png 1"), first.summary());

        List<String> journal = Files.readAllLines(dir.resolve("state/accepted.tsv"));
        assertEquals(2, journal.size());
        for (String line : journal) {
            String id = line.substring(line.lastIndexOf('\t') + 1);
            given().baseUri(stack.url("ingest-service")).get("/api/articles/" + id).then().statusCode(200);
        }
        String kompas = journal.get(0).substring(journal.get(0).lastIndexOf('\t') + 1);
        given().baseUri(stack.url("ingest-service")).get("/api/articles/" + kompas).then()
                .body("url", equalTo("https://www.kompas.com/read/warc-e2e"));
        assertTrue(given().baseUri(stack.url("ingest-service")).get("/api/articles/" + kompas).then().extract()
                .path("body").toString().contains("Caf\u00e9"), "decoded in the charset of the HTTP header");

        Run again = ingest(crawl);
        assertEquals(0, again.exit(), again.summary());
        assertEquals(2, count(again, "accepted before"), again.summary());
        assertEquals(0, count(again, "created"), again.summary());
    }
}
