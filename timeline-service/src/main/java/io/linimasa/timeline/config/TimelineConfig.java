package io.linimasa.timeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "linimasa.timeline")
public interface TimelineConfig {

    /** How often the worker assigns newly stored events to entries. */
    @WithDefault("2s")
    Duration workerInterval();

    /** Events the worker assigns in one transaction. */
    @WithDefault("500")
    int workerBatchSize();

    /**
     * The merge rules version this replica builds entries for; by default the rules' own
     * ({@code EventMerger.VERSION}). Set only to rehearse a rollout of two versions side by side.
     */
    Optional<Integer> rulesVersion();

    /** How often the backlog gauges (unassigned and set-aside events) are measured. */
    @WithDefault("15s")
    Duration metricsInterval();
}
