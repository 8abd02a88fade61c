package io.linimasa.ingest.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an NDJSON body, read as they arrive: a line is held only up to the article limit
 * (beyond it the rest of the line is skipped, unread into memory), and the batch is counted in
 * bytes. Written by hand because a Reader's readLine holds a line whole, whatever its length.
 */
final class NdjsonLines {

    /** One line: its number, and its text, or why it cannot be read. */
    record Line(int number, String text, Unreadable unreadable) {
    }

    enum Unreadable { TOO_LARGE, NOT_UTF8, BATCH_TOO_LARGE }

    private final InputStream in;
    private final long maxLineBytes;
    private final long maxBatchBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long total;
    private int number;
    private boolean ended;

    NdjsonLines(InputStream in, long maxLineBytes, long maxBatchBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.maxBatchBytes = maxBatchBytes;
    }

    /** The next non-blank line, or null at the end (and after a line that crossed the batch limit). */
    Line next() {
        while (!ended) {
            Line line = read();
            if (line == null) {
                return null;
            }
            if (line.unreadable() != null || !line.text().isBlank()) {
                return line;
            }
        }
        return null;
    }

    private Line read() {
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        boolean tooLarge = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (!sawAnything) {
                    return null;
                }
                break;
            }
            sawAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            total += length;
            if (!tooLarge && current.size() + length > maxLineBytes) {
                tooLarge = true;
                current.reset();
            }
            if (!tooLarge) {
                current.write(buffer, start, length);
            }
            if (position < limit) {
                position++; // the newline
                total++;
                break;
            }
        }
        number++;
        if (total > maxBatchBytes) {
            ended = true;
            return new Line(number, null, Unreadable.BATCH_TOO_LARGE);
        }
        if (tooLarge) {
            return new Line(number, null, Unreadable.TOO_LARGE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(current.toByteArray())).toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, Unreadable.NOT_UTF8);
        }
    }

    private boolean fill() {
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
