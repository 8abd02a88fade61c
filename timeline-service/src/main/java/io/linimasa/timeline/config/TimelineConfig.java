package io.linimasa.timeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "linimasa.timeline")
public interface TimelineConfig {

    /** How often the worker assigns newly stored events to entries. */
    @WithDefault("2s")
    Duration workerInterval();

    /** Events the worker assigns in one transaction. */
    @WithDefault("500")
    int workerBatchSize();
}
