package io.linimasa.ingest.service;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.normalise.ArticleNormaliser;
import io.linimasa.normalise.NormalisedArticle;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

    public List<Normalised> normalise(List<RawArticle> pages) {
        if (pages.size() == 1) {
            return List.of(one(pages.get(0)));
        }
        List<CompletableFuture<Normalised>> running = new ArrayList<>(pages.size());
        for (RawArticle page : pages) {
            running.add(CompletableFuture.supplyAsync(() -> one(page), pool));
        }
        List<Normalised> done = new ArrayList<>(pages.size());
        for (CompletableFuture<Normalised> future : running) {
            done.add(future.join());
        }
        return done;
    }

    private Normalised one(RawArticle raw) {
        try {
            ArticleNormaliser.Hints hints = new ArticleNormaliser.Hints(raw.url(), raw.sourceName());
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
