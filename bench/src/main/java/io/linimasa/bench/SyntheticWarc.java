package io.linimasa.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A crawl of {@link SyntheticPages} as a crawler writes it, gzipped record by record: for each page a
 * request and an HTML response record, and a metadata record every tenth page.
 */
final class SyntheticWarc {

    private final SyntheticPages pages;

    SyntheticWarc(SyntheticPages pages) {
        this.pages = pages;
    }

    void write(Path file, int count) throws IOException {
        Instant fetched = Instant.parse("2024-03-01T00:00:00Z");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int n = 0; n < count; n++) {
                URI url = URI.create(pages.url(n));
                Instant at = fetched.plusSeconds(n);
                writer.write(new WarcRequest.Builder(url).date(at)
                        .body(new HttpRequest.Builder("GET", url.getRawPath()).addHeader("Host", url.getHost()).build()).build());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html(pages.page(n)).getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder(url).date(at).body(http).build());
                if (n % 10 == 0) {
                    writer.write(new WarcMetadata.Builder().targetURI(url).date(at)
                            .body(MediaType.WARC_FIELDS, ("outlink: " + url + "\r\n").getBytes(StandardCharsets.UTF_8)).build());
                }
            }
        }
    }

    /** The page as a site serves it: menu lines in a nav, the headline in h1, every other line a paragraph. */
    static String html(String page) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>");
        StringBuilder body = new StringBuilder();
        String headline = null;
        for (String line : page.split("\n")) {
            String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            if (line.isBlank()) {
                continue;
            } else if (headline == null && (line.contains(" | ") || line.equals("Menu"))) {
                body.append("<nav>").append(escaped).append("</nav>\n");
            } else if (headline == null) {
                headline = escaped;
                body.append("<article><h1>").append(escaped).append("</h1>\n");
            } else {
                body.append("<p>").append(escaped).append("</p>\n");
            }
        }
        return html.append(headline).append("</title></head><body>\n").append(body).append("</article></body></html>\n").toString();
    }
}
