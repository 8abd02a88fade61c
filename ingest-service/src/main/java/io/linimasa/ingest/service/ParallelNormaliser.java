package io.linimasa.ingest.service;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NormalisedArticle;
import io.linimasa.normalise.SiteEvidence;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Normalises the pages of a chunk in parallel, on a pool as wide as the configured threads (the
 * cores by default): normalisation is pure CPU, and the normaliser keeps no state between pages.
 * Each page gets its article or the failure that refused it; one page's failure is its own.
 */
@ApplicationScoped
public class ParallelNormaliser {

    /** A page's article, or why there is none. */
    public record Normalised(NormalisedArticle article, RuntimeException failure) {
    }

    private final ArticleNormaliser normaliser;
    private final ExecutorService pool;
    private final StageCpu cpu;

    public ParallelNormaliser(ArticleNormaliser normaliser, IngestConfig config, MeterRegistry registry) {
        this.normaliser = normaliser;
        this.pool = Executors.newFixedThreadPool(config.ingest().normaliseThreads().orElse(Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "normalise");
                    t.setDaemon(true);
                    return t;
                });
        this.cpu = new StageCpu(registry, "normalise");
    }

    /** Each page with the evidence of its site's earlier pages (in the same order). */
    public List<Normalised> normalise(List<RawArticle> pages, List<SiteEvidence> sites) {
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            index.add(i);
        }
        return inParallel(index, i -> one(pages.get(i), sites.get(i)));
    }

    /**
     * The keys of a text page's lines, for its site's evidence; none for HTML, whose markup tells
     * its furniture well enough that a second parse of every page would cost more than it gains.
     */
    public List<Set<String>> siteLineKeys(List<RawArticle> pages) {
        return inParallel(pages, raw -> raw.isHtml() || raw.url() == null ? Set.of() : cpu.measure(() -> normaliser.siteLineKeys(raw.text())));
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        if (items.size() == 1) {
            return List.of(work.apply(items.get(0)));
        }
        List<CompletableFuture<R>> running = new ArrayList<>(items.size());
        for (T item : items) {
            running.add(CompletableFuture.supplyAsync(() -> work.apply(item), pool));
        }
        List<R> done = new ArrayList<>(items.size());
        for (CompletableFuture<R> future : running) {
            done.add(future.join());
        }
        return done;
    }

    private Normalised one(RawArticle raw, SiteEvidence site) {
        try {
            ArticleNormaliser.Hints hints = new ArticleNormaliser.Hints(raw.url(), raw.sourceName(), site);
            return new Normalised(cpu.measure(() -> raw.isHtml() ? normaliser.fromHtml(raw.html(), hints)
                    : normaliser.fromText(raw.text(), hints)), null);
        } catch (RuntimeException e) {
            return new Normalised(null, e);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
