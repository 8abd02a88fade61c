package io.linimasa.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress on stderr: pages done, pages/s and the time left for the pages the inputs are
 * estimated to hold. On a terminal one line rewritten in place every second; elsewhere (a log) a line
 * every ten seconds.
 */
final class ProgressLine implements AutoCloseable {

    private final PrintStream err;
    private final LongSupplier pages;
    private final ReadProgress read;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final Thread thread;

    ProgressLine(PrintStream err, LongSupplier pages, ReadProgress read, boolean terminal) {
        this.err = err;
        this.pages = pages;
        this.read = read;
        this.terminal = terminal;
        this.thread = new Thread(this::run, "progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Thread.sleep(terminal ? 1000 : 10_000);
                err.print(line() + (terminal ? "\r" : "\n"));
                err.flush();
            }
        } catch (InterruptedException e) {
            // the run is over
        }
    }

    String line() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long done = pages.getAsLong();
        double rate = done / Math.max(seconds, 0.001);
        long left = Math.max(0, read.estimatedPages() - done);
        String eta = done == 0 ? "?" : format(Duration.ofSeconds((long) (left / rate)));
        return String.format(Locale.ROOT, "%,d of ~%,d pages, %,.0f pages/s, ETA %s   ", done, Math.max(done, read.estimatedPages()), rate, eta);
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }

    @Override
    public void close() {
        thread.interrupt();
        if (terminal) {
            err.print(" ".repeat(line().length()) + "\r");
            err.flush();
        }
    }
}
