package io.linimasa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One ingest run: the files are read in order on this thread into batches, which several senders
 * post at once; each answer goes to the summary, accepted pages to the journal. A batch the
 * service could not store for now (a line answered 503) is sent again after a while.
 */
final class IngestRun {

    /** How a run is set up. */
    record Settings(int senders, int batchLines, long batchChars, long maxArticleBytes, Path state, boolean terminal) {
    }

    /** Exit codes: all taken (pages without an article aside), something refused, the run could not finish. */
    static final int OK = 0;
    static final int REFUSED = 1;
    static final int STOPPED = 3;

    private static final List<Item.Page> END = List.of();
    private static final int RESENDS = 60;
    private static final Duration RESEND_WAIT = Duration.ofSeconds(1);

    private final Settings settings;
    private final BatchClient client;
    private final PrintStream out;
    private final PrintStream err;
    private volatile IOException stopped;

    IngestRun(Settings settings, BatchClient client, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.client = client;
        this.out = out;
        this.err = err;
    }

    int run(List<Path> paths) throws IOException, InterruptedException {
        List<Path> ignored = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.of(paths, ignored);
        long started = System.nanoTime();
        try (Journal journal = Journal.open(settings.state()); RefusedLog refusedLog = new RefusedLog(settings.state())) {
            Summary summary = new Summary(journal.ids());
            ignored.forEach(file -> summary.notPage("file of another kind"));
            ReadProgress read = new ReadProgress(inputs.stream().mapToLong(Inputs.Input::bytes).sum());
            BlockingQueue<List<Item.Page>> batches = new ArrayBlockingQueue<>(2 * settings.senders());
            ExecutorService senders = Executors.newFixedThreadPool(settings.senders());
            for (int i = 0; i < settings.senders(); i++) {
                senders.submit(() -> send(batches, summary, journal, refusedLog));
            }
            try (ProgressLine progress = new ProgressLine(err, summary::done, read, settings.terminal())) {
                Batcher batcher = new Batcher(batches);
                Consumer<Item> items = item -> {
                    if (!(item instanceof Item.NotPage)) {
                        read.pageRead();
                    }
                    take(item, batcher, summary, refusedLog);
                };
                for (Inputs.Input input : inputs) {
                    if (stopped != null) {
                        break;
                    }
                    readOne(input, read, items, journal, summary, refusedLog);
                    read.finished(input.bytes());
                }
                batcher.flush();
                for (int i = 0; i < settings.senders(); i++) {
                    batcher.put(END);
                }
                senders.shutdown();
                senders.awaitTermination(365, TimeUnit.DAYS);
            }
            journal.flush();
            refusedLog.flush();
            summary.print(out, (System.nanoTime() - started) / 1e9, refusedLog.file().toString());
            if (stopped != null) {
                err.println("linimasa ingest: stopped: " + stopped.getMessage());
                err.println("What was accepted is in " + settings.state().resolve(Journal.FILE) + ": the same command goes on from there.");
                return STOPPED;
            }
            return summary.failed() ? REFUSED : OK;
        }
    }

    private void readOne(Inputs.Input input, ReadProgress read, Consumer<Item> items, Journal journal, Summary summary,
                         RefusedLog refusedLog) {
        try {
            switch (input.kind()) {
                case WARC -> new WarcPages(settings.maxArticleBytes(), journal::contains, read).read(input.file(), items);
                case NDJSON -> new NdjsonPages(settings.maxArticleBytes(), journal::contains).read(input.file(), items);
                case TEXT, HTML -> new FilePages(settings.maxArticleBytes(), journal::contains)
                        .read(input.file(), input.kind() == Inputs.Kind.HTML, items);
            }
        } catch (IOException e) {
            take(new Item.Refused(input.file().toString(), "unreadable file", e.toString()), null, summary, refusedLog);
        }
    }

    private void take(Item item, Batcher batcher, Summary summary, RefusedLog refusedLog) {
        try {
            if (item instanceof Item.Page page) {
                batcher.add(page);
            } else if (item instanceof Item.NotPage notPage) {
                summary.notPage(notPage.kind());
            } else if (item instanceof Item.AcceptedBefore) {
                summary.acceptedBefore();
            } else if (item instanceof Item.Refused refused) {
                summary.refused(refused.reason());
                refusedLog.refused(refused.key(), refused.reason(), refused.detail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the pages into batches of at most so many lines and characters. */
    private final class Batcher {
        private final BlockingQueue<List<Item.Page>> batches;
        private List<Item.Page> current = new ArrayList<>();
        private long chars;

        Batcher(BlockingQueue<List<Item.Page>> batches) {
            this.batches = batches;
        }

        void add(Item.Page page) {
            if (!current.isEmpty() && chars + page.json().length() > settings.batchChars()) {
                flush();
            }
            current.add(page);
            chars += page.json().length();
            if (current.size() >= settings.batchLines()) {
                flush();
            }
        }

        void flush() {
            if (!current.isEmpty()) {
                put(current);
                current = new ArrayList<>();
                chars = 0;
            }
        }

        /** Waits for a free sender, unless the senders have stopped. */
        void put(List<Item.Page> batch) {
            try {
                while (stopped == null && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    // a sender is busy: wait for it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private Void send(BlockingQueue<List<Item.Page>> batches, Summary summary, Journal journal, RefusedLog refusedLog) {
        try {
            // polled, not taken: once one sender has stopped the run, no more batches come
            while (stopped == null) {
                List<Item.Page> batch = batches.poll(100, TimeUnit.MILLISECONDS);
                if (batch == END) {
                    break;
                }
                if (batch != null) {
                    sendOne(batch, summary, journal, refusedLog);
                }
            }
        } catch (IOException e) {
            stopped = e;
        } catch (RuntimeException e) {
            stopped = new IOException("a sender failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void sendOne(List<Item.Page> batch, Summary summary, Journal journal, RefusedLog refusedLog)
            throws IOException, InterruptedException {
        List<Item.Page> pending = batch;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            List<BatchClient.Answer> answers = client.send(pending.stream().map(Item.Page::json).toList());
            List<Item.Page> again = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                Item.Page page = pending.get(i);
                BatchClient.Answer answer = answers.get(i);
                if (answer.status() == 201 || answer.status() == 200) {
                    journal.accepted(page.key(), answer.id());
                    summary.accepted(answer.status(), answer.id());
                } else if (answer.status() == 503 && attempt < RESENDS) {
                    again.add(page);
                } else {
                    String reason = Summary.reason(answer.status());
                    summary.refused(reason);
                    refusedLog.refused(page.key(), reason, answer.error());
                }
            }
            journal.flush();
            if (!again.isEmpty()) {
                Thread.sleep(RESEND_WAIT.toMillis());
            }
            pending = again;
        }
    }
}
