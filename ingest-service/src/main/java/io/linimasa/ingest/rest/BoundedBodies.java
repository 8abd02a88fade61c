package io.linimasa.ingest.rest;

import io.linimasa.ingest.service.ArticleTooLargeException;
import io.linimasa.ingest.service.InvalidArticleException;
import io.linimasa.normalise.segment.html.Charsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body up to a limit, strictly decoded: binary or oversized input never gets further. */
final class BoundedBodies {

    private BoundedBodies() {
    }

    /** The body as text in the charset the request declares, UTF-8 when it declares none. */
    static String readText(InputStream in, MediaType type, long limit) {
        Charset charset = charset(type);
        byte[] bytes = readBytes(in, limit);
        if (bytes.length == 0) {
            throw new InvalidArticleException("the request body is empty");
        }
        return decode(bytes, charset);
    }

    /**
     * An HTML body in whatever charset it is in: its byte-order mark, the charset the request
     * declares, the page's own {@code <meta charset>}, then a detector (the normaliser's
     * {@link Charsets}): an HTML page is never refused for its charset.
     */
    static String readHtml(InputStream in, MediaType type, long limit) {
        byte[] bytes = readBytes(in, limit);
        if (bytes.length == 0) {
            throw new InvalidArticleException("the request body is empty");
        }
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return Charsets.decode(bytes, declared == null ? null : declared.strip().replace("\"", ""));
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("unknown charset " + name);
        }
    }

    static byte[] readBytes(InputStream in, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new ArticleTooLargeException("the body is larger than " + limit + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String decode(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("the body is not " + charset.name() + " text");
        }
    }
}
