package io.linimasa.timeline.service;

import io.linimasa.timeline.config.TimelineConfig;
import io.linimasa.timeline.store.TimelineStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * What the worker has not done yet, as metrics: events waiting for an entry of this replica's rules
 * version and the age of the oldest, events set aside, and the active and own rules versions. Measured
 * on a schedule (a scrape never runs a query); a measurement that fails leaves the last one standing.
 */
@ApplicationScoped
@Startup
public class TimelineBacklog {

    private static final Logger LOG = Logger.getLogger(TimelineBacklog.class);

    private final TimelineStore store;
    private final ClusterWorker worker;
    private final AtomicReference<Measured> last = new AtomicReference<>(new Measured(0, 0, 0, null));

    private record Measured(int activeVersion, long setAside, long unassigned, Instant oldest) {
    }

    public TimelineBacklog(TimelineStore store, ClusterWorker worker, MeterRegistry registry, TimelineConfig config) {
        this.store = store;
        this.worker = worker;
        Gauge.builder("linimasa.timeline.unassigned.events", last, m -> m.get().unassigned())
                .description("Dated events without an entry of this replica's merge rules version").register(registry);
        Gauge.builder("linimasa.timeline.unassigned.oldest.age", last,
                        m -> m.get().oldest() == null ? 0 : Duration.between(m.get().oldest(), Instant.now()).toSeconds())
                .baseUnit("seconds").description("Time since the oldest unassigned event's article was ingested").register(registry);
        Gauge.builder("linimasa.timeline.set.aside.events", last, m -> m.get().setAside())
                .description("Events the worker set aside (GET /api/timeline/set-aside)").register(registry);
        Gauge.builder("linimasa.timeline.rules.version", last, m -> m.get().activeVersion())
                .tags(List.of(io.micrometer.core.instrument.Tag.of("role", "active")))
                .description("The merge rules version readers see").register(registry);
        Gauge.builder("linimasa.timeline.rules.version", worker, ClusterWorker::rulesVersion)
                .tags(List.of(io.micrometer.core.instrument.Tag.of("role", "replica")))
                .description("The merge rules version this replica builds").register(registry);
    }

    @Scheduled(every = "${linimasa.timeline.metrics-interval:15s}", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            last.set(QuarkusTransaction.requiringNew().call(() -> {
                TimelineStore.Backlog backlog = store.backlog(worker.rulesVersion());
                return new Measured(store.activeVersion(), backlog.setAside(), backlog.unassigned(), backlog.oldestIngestedAt());
            }));
        } catch (RuntimeException e) {
            LOG.debugf("timeline backlog not measured: %s", e.getMessage());
        }
    }
}
