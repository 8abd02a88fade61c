package io.linimasa.cli;

import io.linimasa.normalise.segment.html.Charsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A page in a file of its own: .txt as UTF-8 text (as the text endpoint takes it), .html in whatever charset it is in. */
final class FilePages {

    private final long maxArticleBytes;
    private final Predicate<String> acceptedBefore;

    FilePages(long maxArticleBytes, Predicate<String> acceptedBefore) {
        this.maxArticleBytes = maxArticleBytes;
        this.acceptedBefore = acceptedBefore;
    }

    void read(Path file, boolean html, Consumer<Item> out) throws IOException {
        String key = file.toString();
        if (acceptedBefore.test(key)) {
            out.accept(new Item.AcceptedBefore(key));
            return;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = BoundedRead.read(in, maxArticleBytes);
        }
        if (bytes == null) {
            out.accept(new Item.Refused(key, "too large", "the page is larger than " + maxArticleBytes + " bytes"));
        } else if (html) {
            out.accept(new Item.Page(key, ArticleLines.html(Charsets.decode(bytes, null), null, null)));
        } else {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                out.accept(new Item.Page(key, ArticleLines.text(text, null, null)));
            } catch (CharacterCodingException e) {
                out.accept(new Item.Refused(key, "malformed", "the text file is not UTF-8"));
            }
        }
    }
}
