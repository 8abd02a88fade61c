package io.linimasa.normalise.segment.html;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML bytes to text in the charset the page is in, in this order: a byte-order mark, the HTTP
 * {@code charset} parameter, {@code <meta charset>} or {@code http-equiv="Content-Type"} in the
 * page's first 8 KB, then ICU4J's {@link CharsetDetector}. A page is never refused for its charset:
 * bytes that do not decode become U+FFFD. Labels are read as browsers read them: "iso-8859-1",
 * "latin1" and "ascii" mean windows-1252.
 */
public final class Charsets {

    /** Where a page must declare its charset (the HTML standard's prescan reads 1024 bytes; pages run later). */
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> BROWSER_LABELS = Map.of(
            "iso-8859-1", "windows-1252", "iso8859-1", "windows-1252", "latin1", "windows-1252", "l1", "windows-1252",
            "ascii", "windows-1252", "us-ascii", "windows-1252", "utf8", "UTF-8", "x-sjis", "Shift_JIS");

    /** What a page was decoded as, and what told us. */
    public record Decoded(String text, Charset charset, String source) {
    }

    private Charsets() {
    }

    /** The page's text. {@code httpCharset}: the charset parameter of the response's Content-Type, or null. */
    public static String decode(byte[] page, String httpCharset) {
        return read(page, httpCharset).text();
    }

    public static Decoded read(byte[] page, String httpCharset) {
        Bom bom = bom(page);
        if (bom != null) {
            return new Decoded(lenient(page, bom.length, bom.charset), bom.charset, "byte-order mark");
        }
        Charset http = charset(httpCharset);
        if (http != null) {
            return new Decoded(lenient(page, 0, http), http, "HTTP charset");
        }
        Charset declared = declared(page);
        if (declared != null) {
            return new Decoded(lenient(page, 0, declared), declared, "meta charset");
        }
        String strict = strictUtf8(page);
        if (strict != null) {
            return new Decoded(strict, StandardCharsets.UTF_8, "valid UTF-8");
        }
        Charset detected = detected(page);
        return new Decoded(lenient(page, 0, detected), detected, "detector");
    }

    private record Bom(Charset charset, int length) {
    }

    private static Bom bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /** A charset label as browsers read it; null when unknown or not supported here. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        l = BROWSER_LABELS.getOrDefault(l, l);
        try {
            return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The charset the page declares in a meta tag near its start (read as ASCII, which every such label is). */
    static Charset declared(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset charset = charset(m.group(1));
            if (charset != null) {
                // a page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard reads it as UTF-8)
                return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
            }
        }
        return null;
    }

    private static String strictUtf8(byte[] page) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(page)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset detected(byte[] page) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(page);
        CharsetMatch match = detector.detect();
        Charset charset = match == null ? null : charset(match.getName());
        // ICU names Latin-1 when it means what browsers read as windows-1252
        return charset != null ? charset : Charset.forName("windows-1252");
    }

    private static String lenient(byte[] page, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(page, offset, page.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }
}
