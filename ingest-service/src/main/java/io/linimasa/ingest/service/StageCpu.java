package io.linimasa.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The CPU time a stage of ingest spends (normalise, store, outbox), as the counter
 * linimasa_ingest_cpu_seconds_total{stage}: what the load benchmark reads to say where the time goes.
 * Thread CPU time, not wall time, so that waiting on a store does not count as work.
 */
public final class StageCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Counter seconds;

    public StageCpu(MeterRegistry registry, String stage) {
        this.seconds = Counter.builder("linimasa.ingest.cpu").baseUnit("seconds").tag("stage", stage)
                .description("CPU time spent in a stage of ingest").register(registry);
    }

    public <T> T measure(Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            seconds.increment((THREADS.getCurrentThreadCpuTime() - start) / 1e9);
        }
    }
}
