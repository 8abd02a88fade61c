package io.linimasa.ingest.rest;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many writes ingest takes at once: single articles share one budget (429 Too Many Requests
 * beyond it), batches another (503 beyond it: the service is saturated), both with Retry-After, so
 * that a burst is told to wait instead of piling up threads and memory. Two semaphores rather than
 * Fault Tolerance's @Bulkhead, which keeps one budget per method: the three article endpoints
 * (text, HTML, JSON) must share theirs.
 */
@ApplicationScoped
public class WriteLimits {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore articles;
    private final Semaphore batches;

    public WriteLimits(IngestConfig config) {
        this.articles = new Semaphore(config.ingest().maxConcurrentArticles());
        this.batches = new Semaphore(config.ingest().maxConcurrentBatches());
    }

    <T> T article(Supplier<T> write) {
        return within(articles, write, 429, "Too many requests", "too many articles at once; try again in a second");
    }

    <T> T batch(Supplier<T> write) {
        return within(batches, write, 503, "Service unavailable", "ingest is taking as many batches as it can; try again in a second");
    }

    private static <T> T within(Semaphore budget, Supplier<T> write, int status, String title, String detail) {
        if (!budget.tryAcquire()) {
            throw new ProblemException(status, title, detail, RETRY_AFTER);
        }
        try {
            return write.get();
        } finally {
            budget.release();
        }
    }
}
