package io.linimasa.ingest.index;

import io.linimasa.ingest.store.IndexBuildStore;
import io.linimasa.ingest.store.OutboxStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The way to the index as metrics: outbox rows waiting and the age of the oldest, documents set
 * aside, and the state of the newest index build (0 done or none, 1 requested or building, 2 failed).
 * Measured on a schedule, so that a scrape never runs a query; a failed measurement keeps the last.
 */
@ApplicationScoped
@Startup
public class IndexBacklog {

    private static final Logger LOG = Logger.getLogger(IndexBacklog.class);

    private record Measured(long waiting, Instant oldest, long setAside, int buildState) {
    }

    private final OutboxStore outbox;
    private final IndexBuildStore builds;
    private final AtomicReference<Measured> last = new AtomicReference<>(new Measured(0, null, 0, 0));

    public IndexBacklog(OutboxStore outbox, IndexBuildStore builds, MeterRegistry registry) {
        this.outbox = outbox;
        this.builds = builds;
        Gauge.builder("linimasa.outbox.depth", last, m -> m.get().waiting())
                .description("Outbox rows waiting to be indexed").register(registry);
        Gauge.builder("linimasa.outbox.oldest.age", last,
                        m -> m.get().oldest() == null ? 0 : Duration.between(m.get().oldest(), Instant.now()).toSeconds())
                .baseUnit("seconds").description("Age of the oldest outbox row waiting").register(registry);
        Gauge.builder("linimasa.index.set.aside.documents", last, m -> m.get().setAside())
                .description("Documents set aside (GET /api/index/set-aside)").register(registry);
        Gauge.builder("linimasa.index.build.state", last, m -> m.get().buildState())
                .description("Newest index build: 0 done or none, 1 requested or building, 2 failed").register(registry);
    }

    @Scheduled(every = "${linimasa.outbox.metrics-interval:15s}", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            last.set(QuarkusTransaction.requiringNew().call(() -> {
                OutboxStore.Backlog backlog = outbox.backlog();
                int state = builds.latest().map(b -> switch (b.state()) {
                    case DONE -> 0;
                    case REQUESTED, BUILDING -> 1;
                    case FAILED -> 2;
                }).orElse(0);
                return new Measured(backlog.waiting(), backlog.oldestCreatedAt(), backlog.setAside(), state);
            }));
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }
}
