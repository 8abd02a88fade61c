package io.linimasa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linimasa.cli.IngestCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;

/**
 * How fast {@code linimasa ingest} backfills a crawl, against the batch endpoint driven directly in
 * the same run: {@code ./linimasa bench warc [N] [--senders S] [--batch B] [--seed X]}.
 *
 * <ol>
 * <li>Baseline: N pages, as the same HTML lines the command line makes, posted ready-made by S
 *     senders in batches of B: what ingest takes when nothing has to be read.</li>
 * <li>The command line: N other pages of the same generator in a gzipped WARC (with request and
 *     metadata records to skip), read, decoded and sent with the same S and B, journal and all.</li>
 * </ol>
 * Both sets are new to the stack (two seeds), so that neither meets pages the other stored.
 */
public final class WarcBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack = new LocalStack();
    private final int pages;
    private final int senders;
    private final int batch;
    private final long seed;

    private WarcBench(int pages, int senders, int batch, long seed) {
        this.pages = pages;
        this.senders = senders;
        this.batch = batch;
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].startsWith("-") ? Integer.parseInt(args[0]) : 10_000;
        int senders = 4;
        int batch = 100;
        long seed = System.currentTimeMillis();
        for (int i = args.length > 0 && !args[0].startsWith("-") ? 1 : 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--senders" -> senders = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: ./linimasa bench warc [N] [--senders 4] [--batch 100] [--seed X]");
            }
        }
        System.exit(new WarcBench(n, senders, batch, seed).run());
    }

    private int run() throws Exception {
        Path work = Files.createDirectories(Path.of("bench/target/warc-bench"));
        Path warc = work.resolve("crawl-" + pages + "-" + seed + ".warc.gz");
        long generating = System.nanoTime();
        new SyntheticWarc(new SyntheticPages(seed + 1)).write(warc, pages);
        System.out.printf(Locale.ROOT, "WARC: %,d pages (seed %d) in %s, %,d bytes, written in %.1f s; %d senders, %d pages a batch%n%n",
                pages, seed + 1, warc, Files.size(warc), (System.nanoTime() - generating) / 1e9, senders, batch);

        double baseline = directBatches(new SyntheticPages(seed));
        System.out.printf(Locale.ROOT, "%-48s %,10.0f pages/s%n%n", "batch endpoint driven directly (baseline)", baseline);

        Path state = Files.createTempDirectory(work, "state-");
        long start = System.nanoTime();
        int exit = new CommandLine(new IngestCommand()).execute(warc.toString(), "--url", stack.ingest, "--token", stack.token,
                "--state", state.toString(), "--senders", Integer.toString(senders), "--batch", Integer.toString(batch));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cli = pages / seconds;
        System.out.printf(Locale.ROOT, "%n%-48s %,10.0f pages/s   %.2f x baseline (exit %d)%n", "linimasa ingest of the WARC", cli,
                cli / baseline, exit);
        return exit;
    }

    /** The pages as HTML lines, built before the clock starts, posted by S senders; pages answered per second. */
    private double directBatches(SyntheticPages generator) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < pages; from += batch) {
            StringBuilder body = new StringBuilder();
            for (int n = from; n < Math.min(pages, from + batch); n++) {
                body.append(JSON.writeValueAsString(Map.of("html", SyntheticWarc.html(generator.page(n)), "url", generator.url(n),
                        "fetchedAt", "2024-03-01T00:00:00Z"))).append('\n');
            }
            bodies.add(body.toString());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong created = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                running.add(pool.submit(() -> {
                    for (int b; (b = next.getAndIncrement()) < bodies.size(); ) {
                        for (JsonNode line : stack.postBatch(bodies.get(b))) {
                            int status = line.path("status").asInt();
                            if (status == 201) {
                                created.incrementAndGet();
                            } else if (status >= 400) {
                                refused.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "baseline: %,d pages in %.1f s, %,d created, %,d refused%n", pages, seconds, created.get(), refused.get());
        return pages / seconds;
    }

}
