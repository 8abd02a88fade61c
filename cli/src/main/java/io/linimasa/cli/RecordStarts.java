package io.linimasa.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Where the next WARC record may start after one that cannot be read: the next gzip member (a file
 * gzipped record by record) or the next line that begins with "WARC/1." (a plain file). A file
 * gzipped whole has no such place: its rest is lost with the broken part.
 */
final class RecordStarts {

    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC = "\nWARC/1.".getBytes();

    private RecordStarts() {
    }

    /** The offset of the next record start at or after {@code from}, or -1 when there is none. */
    static long next(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] mark = gzip ? GZIP : WARC;
        // the plain mark includes the newline before "WARC/1.": the record starts one byte later
        int skip = gzip ? 0 : 1;
        long start = gzip ? from : Math.max(0, from - 1);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long bufferStart = start;
        int matched = 0;
        channel.position(start);
        while (channel.read(buffer.clear()) > 0) {
            buffer.flip();
            for (int i = 0; i < buffer.limit(); i++) {
                byte b = buffer.get(i);
                matched = b == mark[matched] ? matched + 1 : (b == mark[0] ? 1 : 0);
                if (matched == mark.length) {
                    return bufferStart + i - mark.length + 1 + skip;
                }
            }
            bufferStart += buffer.limit();
        }
        return -1;
    }
}
