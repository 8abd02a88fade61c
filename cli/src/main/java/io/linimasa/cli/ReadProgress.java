package io.linimasa.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicLong;

/** How far the reading is, in bytes of the input files: the ETA rests on it, since pages are only counted as they are read. */
final class ReadProgress {

    private final long totalBytes;
    private final AtomicLong finishedBytes = new AtomicLong();
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
