package io.linimasa.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "linimasa")
public interface IngestConfig {

    Index index();

    Ingest ingest();

    Outbox outbox();

    interface Index {
        /** Search reads this alias; ingest writes through it. */
        @WithDefault("articles")
        String alias();

        /** Bump when the mapping changes: a new index {alias}-v{version} is built and the alias swapped. */
        @WithDefault("1")
        int version();
    }

    interface Ingest {
        /** The largest article (raw text or HTML) taken; larger ones get 413. */
        @WithDefault("4M")
        MemorySize maxArticleBytes();

        /** The largest NDJSON batch taken; larger ones get 413. */
        @WithDefault("60M")
        MemorySize maxBatchBytes();
    }

    interface Outbox {
        @WithDefault("1s")
        Duration interval();

        /** Articles sent to Elasticsearch in one bulk request. */
        @WithDefault("200")
        int batchSize();

        /** The longest wait between attempts while Elasticsearch is away. */
        @WithDefault("30s")
        Duration maxBackoff();
    }
}
