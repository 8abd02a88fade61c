package io.linimasa.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the reading is: bytes of the input files and pages found in them. The pages of a crawl
 * are known only once read, so the ETA estimates them from the pages so far and the share of bytes read.
 */
final class ReadProgress {

    private final long totalBytes;
    private final AtomicLong finishedBytes = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private volatile FileChannel current;

    ReadProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    long totalBytes() {
        return totalBytes;
    }

    /** The file being read now, whose position counts as read. */
    void reading(FileChannel channel) {
        current = channel;
    }

    void finished(long fileBytes) {
        current = null;
        finishedBytes.addAndGet(fileBytes);
    }

    void pageRead() {
        pages.incrementAndGet();
    }

    /** The pages the inputs hold, estimated from those read so far; 0 before the first. */
    long estimatedPages() {
        long read = readBytes();
        return read == 0 ? 0 : Math.round(pages.get() * (double) totalBytes / read);
    }

    long readBytes() {
        FileChannel channel = current;
        long within = 0;
        try {
            within = channel == null || !channel.isOpen() ? 0 : channel.position();
        } catch (IOException e) {
            // closed meanwhile: the file is about to be counted as finished
        }
        return Math.min(totalBytes, finishedBytes.get() + within);
    }
}
