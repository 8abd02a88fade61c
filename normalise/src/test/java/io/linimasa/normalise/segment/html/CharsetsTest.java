package io.linimasa.normalise.segment.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final String CAFE = "<html><head>%s</head><body><p>Le café où l’on déjeune coûte trop cher.</p></body></html>";

    private static byte[] bytes(String meta, Charset charset) {
        return String.format(CAFE, meta).getBytes(charset);
    }

    @Test
    void aMetaCharsetOfLatin1IsReadAsWindows1252() {
        Charsets.Decoded d = Charsets.read(bytes("<meta charset=\"ISO-8859-1\">", Charset.forName("windows-1252")), null);
        assertEquals("meta charset", d.source());
        assertEquals("windows-1252", d.charset().name());
        assertTrue(d.text().contains("café où l’on"), d.text());
    }

    @Test
    void httpEquivContentTypeIsRead() {
        String meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
        assertTrue(Charsets.decode(bytes(meta, Charset.forName("windows-1252")), null).contains("coûte"));
    }

    @Test
    void theHttpCharsetWinsOverTheMetaAndTheBomOverBoth() {
        byte[] latin = bytes("<meta charset=\"utf-8\">", Charset.forName("windows-1252"));
        assertEquals("HTTP charset", Charsets.read(latin, "windows-1252").source());
        assertTrue(Charsets.decode(latin, "\"windows-1252\"").contains("déjeune"));
        byte[] utf8 = bytes("<meta charset=\"windows-1252\">", StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Charsets.Decoded d = Charsets.read(withBom, "windows-1252");
        assertEquals("byte-order mark", d.source());
        assertTrue(d.text().startsWith("<html>") && d.text().contains("café"));
    }

    @Test
    void undeclaredPagesAreValidUtf8OrDetected() {
        assertEquals("valid UTF-8", Charsets.read(bytes("", StandardCharsets.UTF_8), null).source());
        String french = "<p>" + "Le café où l’on déjeune coûte trop cher, élève ; à côté, la forêt était déjà fermée. ".repeat(20) + "</p>";
        Charsets.Decoded d = Charsets.read(french.getBytes(Charset.forName("windows-1252")), null);
        assertEquals("detector", d.source());
        assertTrue(d.text().contains("forêt était déjà"), d.charset() + ": " + d.text().substring(0, 80));
    }

    @Test
    void unknownLabelsAndBrokenBytesNeverRefuseThePage() {
        byte[] broken = {'<', 'p', '>', (byte) 0xC3, '(', 'x', '<', '/', 'p', '>'};
        assertTrue(Charsets.decode(broken, "no-such-charset").contains("<p>"));
        assertTrue(Charsets.decode(bytes("<meta charset=\"x-nonsense\">", StandardCharsets.UTF_8), null).contains("café"));
        assertEquals("", Charsets.decode(new byte[0], null));
    }
}
