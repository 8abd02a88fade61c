package io.linimasa.ingest.service;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.ingest.store.ArticleRewriter;
import io.linimasa.ingest.store.ArticleRow;
import io.linimasa.ingest.store.RenormalisationStore;
import io.linimasa.ingest.store.RenormalisationStore.Run;
import io.linimasa.ingest.store.RenormalisationStore.StoredPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Normalises the stored articles again from their raw content, after the normaliser changed: a run
 * (POST /api/articles/renormalise) goes through every article in id order, a batch per transaction,
 * on whichever replica holds the run's row lock; ids stay, and the index (outbox) and the timeline
 * (retired and new events) follow what changed. An article the normaliser now refuses keeps what was
 * stored, and is counted as failed with the reason.
 */
@ApplicationScoped
public class Renormaliser {

    private static final Logger LOG = Logger.getLogger(Renormaliser.class);

    private final RenormalisationStore runs;
    private final ArticleRewriter rewriter;
    private final IngestService ingest;
    private final int batchSize;

    public Renormaliser(RenormalisationStore runs, ArticleRewriter rewriter, IngestService ingest, IngestConfig config) {
        this.runs = runs;
        this.rewriter = rewriter;
        this.ingest = ingest;
        this.batchSize = config.ingest().chunkSize();
    }

    /** Starts a run unless one runs already; returns the run. */
    public Run request() {
        return QuarkusTransaction.requiringNew().call(runs::request);
    }

    @Scheduled(every = "${linimasa.ingest.renormalise-check-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        try {
            while (nextBatch()) {
                // a run is going on: carry it on
            }
        } catch (RuntimeException e) {
            LOG.warnf("re-normalisation paused: %s", e.getMessage());
        }
    }

    /**
     * One batch of the running run, in one transaction; false when no run is going on here. When the
     * batch fails as a whole, its articles are taken one transaction each, and one that fails again is
     * counted as failed with the reason and passed, so that no article stops the run.
     */
    public boolean nextBatch() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> batch(batchSize));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("a re-normalisation batch failed (%s); taking its articles one at a time", batchFailure.getMessage());
            for (int i = 0; i < batchSize; i++) {
                try {
                    if (!QuarkusTransaction.requiringNew().call(() -> batch(1))) {
                        return false;
                    }
                } catch (RuntimeException failure) {
                    QuarkusTransaction.requiringNew().run(() -> passNext(failure));
                }
            }
            return true;
        }
    }

    /** The next article, which failed to be written, counted as failed and passed. */
    private void passNext(RuntimeException failure) {
        runs.lockRunning().ifPresent(run -> {
            List<StoredPage> next = runs.pagesAfter(run.afterId(), 1);
            if (!next.isEmpty()) {
                LOG.warnf(failure, "re-normalisation of article %s failed", next.get(0).id());
                runs.recordBatch(run.id(), next.get(0).id(), 1, 0, 1, next.get(0).id() + ": " + failure.getMessage(), false);
            }
        });
    }

    private boolean batch(int size) {
        Optional<Run> locked = runs.lockRunning();
        if (locked.isEmpty()) {
            return false;
        }
        Run run = locked.get();
        List<StoredPage> pages = runs.pagesAfter(run.afterId(), size);
        if (pages.isEmpty()) {
            runs.recordBatch(run.id(), run.afterId(), 0, 0, 0, null, true);
            LOG.infof("re-normalisation %d done: %d articles, %d changed, %d failed", run.id(), run.done(), run.changed(),
                    run.failed());
            return false;
        }
        List<RawArticle> raws = pages.stream().map(Renormaliser::raw).toList();
        List<ParallelNormaliser.Normalised> normalised = ingest.normalise(raws);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ArticleRow> rows = new ArrayList<>();
        int failed = 0;
        String lastError = null;
        for (int i = 0; i < pages.size(); i++) {
            if (normalised.get(i).failure() != null) {
                failed++;
                lastError = pages.get(i).id() + ": " + normalised.get(i).failure().getMessage();
            } else {
                rows.add(IngestService.row(pages.get(i).id(), raws.get(i), normalised.get(i).article(), now));
            }
        }
        int changed = rows.isEmpty() ? 0 : rewriter.rewrite(rows).size();
        runs.recordBatch(run.id(), pages.get(pages.size() - 1).id(), pages.size(), changed, failed, lastError, false);
        return true;
    }

    private static RawArticle raw(StoredPage page) {
        return new RawArticle(page.html() ? null : page.content(), page.html() ? page.content() : null, page.url(),
                page.sourceName(), page.fetchedAt());
    }
}
