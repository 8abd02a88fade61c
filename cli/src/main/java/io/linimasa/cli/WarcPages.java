package io.linimasa.cli;

import io.linimasa.normalise.segment.html.Charsets;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The pages of one WARC file, plain, gzipped record by record or gzipped whole: {@code response}
 * records of HTML, decoded in the charset of their HTTP Content-Type as ingest decodes HTML, and
 * {@code conversion} records of plain text (WET); each with its target URL and WARC-Date. The
 * rest is counted by kind. A record that cannot be read is refused with the reason, and reading
 * goes on at the next record start.
 */
final class WarcPages {

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    private final long maxArticleBytes;
    private final Predicate<String> acceptedBefore;
    private final ReadProgress progress;

    WarcPages(long maxArticleBytes, Predicate<String> acceptedBefore, ReadProgress progress) {
        this.maxArticleBytes = maxArticleBytes;
        this.acceptedBefore = acceptedBefore;
        this.progress = progress;
    }

    void read(Path file, Consumer<Item> out) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            progress.reading(channel);
            Resume resume = new Resume(0, null);
            while (resume != null) {
                resume = readFrom(channel, resume, file, out);
            }
        }
    }

    /**
     * Where to read on after a record that cannot be read, and the refusal not yet told: a record
     * whose header is broken is told once the next start is tried, so that it is told once.
     */
    private record Resume(long from, Item.Refused untold) {
    }

    /** Reads records from an offset on; returns where to go on after a record that cannot be read, or null at the end. */
    private Resume readFrom(FileChannel channel, Resume resume, Path file, Consumer<Item> out) throws IOException {
        channel.position(resume.from());
        // not closed: that would close the channel, which read() owns
        WarcReader reader = new WarcReader(channel);
        Item.Refused untold = resume.untold();
        long start = -1;
        String key = null;
        try {
            for (Optional<WarcRecord> next; (next = reader.next()).isPresent(); key = null) {
                if (untold != null) {
                    out.accept(untold);
                    untold = null;
                }
                start = reader.position();
                key = key(next.get(), file, start);
                record(next.get(), key, out);
            }
            if (untold != null) {
                out.accept(untold);
            }
            return null;
        } catch (IOException e) {
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            String reason = e instanceof EOFException ? "truncated record" : "unreadable record";
            if (key != null || start < 0) {
                // a record whose header was read, or the first record from here: it is this one
                out.accept(new Item.Refused(key != null ? key : file + "@" + resume.from(), reason, e.toString()));
                long next = RecordStarts.next(channel, (start < 0 ? resume.from() : start) + 1, gzip);
                return next < 0 ? null : new Resume(next, null);
            }
            long next = RecordStarts.next(channel, start + 1, gzip);
            Item.Refused broken = new Item.Refused(file + "@" + start + "+", reason, e.toString());
            if (next < 0) {
                out.accept(broken);
                return null;
            }
            return new Resume(next, broken);
        }
    }

    private static String key(WarcRecord record, Path file, long offset) {
        String id = record.headers().first("WARC-Record-ID").orElse(null);
        return id != null ? id : file + "@" + offset;
    }

    private void record(WarcRecord record, String key, Consumer<Item> out) throws IOException {
        if (record instanceof WarcResponse response) {
            response(response, key, out);
        } else if (record instanceof WarcConversion conversion) {
            conversion(conversion, key, out);
        } else {
            out.accept(new Item.NotPage(record.type()));
        }
    }

    private void response(WarcResponse response, String key, Consumer<Item> out) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            out.accept(new Item.NotPage("response, not HTTP"));
            return;
        }
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() / 100 != 2) {
            out.accept(new Item.NotPage("response HTTP " + http.status()));
        } else if (!HTML.contains(type.base().toString())) {
            out.accept(new Item.NotPage("response " + type.base()));
        } else if (!refusedOrBefore(response, key, out)) {
            byte[] page = BoundedRead.read(http.bodyDecoded().stream(), maxArticleBytes);
            if (page == null) {
                out.accept(tooLarge(key));
            } else {
                String html = Charsets.decode(page, type.parameters().get("charset"));
                out.accept(new Item.Page(key, ArticleLines.html(html, response.target(), response.date())));
            }
        }
    }

    private void conversion(WarcConversion conversion, String key, Consumer<Item> out) throws IOException {
        MediaType type = conversion.contentType();
        if (!type.base().equals(MediaType.PLAIN_TEXT)) {
            out.accept(new Item.NotPage("conversion " + type.base()));
        } else if (!refusedOrBefore(conversion, key, out)) {
            byte[] text = BoundedRead.read(conversion.body().stream(), maxArticleBytes);
            if (text == null) {
                out.accept(tooLarge(key));
            } else {
                String page = new String(text, charset(type));
                out.accept(new Item.Page(key, ArticleLines.text(page, conversion.target(), conversion.date())));
            }
        }
    }

    /** A page the crawler cut short is refused (never stored half); one the journal holds is not read again. */
    private boolean refusedOrBefore(WarcRecord record, String key, Consumer<Item> out) {
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            out.accept(new Item.Refused(key, "truncated record", "WARC-Truncated: " + record.truncated()));
            return true;
        }
        if (acceptedBefore.test(key)) {
            out.accept(new Item.AcceptedBefore(key));
            return true;
        }
        return false;
    }

    private Item tooLarge(String key) {
        return new Item.Refused(key, "too large", "the page is larger than " + maxArticleBytes + " bytes");
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
