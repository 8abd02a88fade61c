package io.linimasa.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files the tests write themselves with jwarc: a crawl's usual mix of records. Each is written once: a record's body is read as it is written. */
final class TestWarcs {

    static final Instant FETCHED = Instant.parse("2023-11-06T03:04:05Z");
    /** Only in the HTTP header: the page itself names no charset. */
    static final String LATIN_PAGE = "<html><head><title>Harga beras naik</title></head><body><p>Caf\u00e9 di Jakarta "
            + "menaikkan harga \u00bd porsi nasi goreng.</p></body></html>";

    private final List<WarcRecord> records = new ArrayList<>();

    static String page(int n) {
        return "<html><head><meta charset=\"utf-8\"><title>Berita " + n + "</title></head><body><p>Isi berita nomor " + n
                + " dengan kata \u201cpenting\u201d.</p></body></html>";
    }

    TestWarcs warcinfo() throws IOException {
        records.add(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build());
        return this;
    }

    TestWarcs request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", URI.create(url).getHost()).build();
        records.add(new WarcRequest.Builder(URI.create(url)).date(FETCHED).body(http).build());
        return this;
    }

    TestWarcs response(String url, String contentType, byte[] body) throws IOException {
        return response(url, 200, contentType, body);
    }

    TestWarcs response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "OK").body(MediaType.parse(contentType), body).build();
        records.add(new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build());
        return this;
    }

    TestWarcs html(String url, String html) throws IOException {
        return response(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestWarcs html(String url, String html, Charset charset) throws IOException {
        return response(url, "text/html; charset=" + charset.name(), html.getBytes(charset));
    }

    TestWarcs metadata(String url) throws IOException {
        records.add(new WarcMetadata.Builder().targetURI(URI.create(url)).date(FETCHED)
                .body(MediaType.WARC_FIELDS, "outlinks: https://example.id/\r\n".getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    TestWarcs conversion(String url, String text) throws IOException {
        records.add(new WarcConversion.Builder().addHeader("WARC-Target-URI", url).date(FETCHED)
                .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    Path write(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
        return file;
    }
}
