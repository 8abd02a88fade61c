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

        /** Bump when the mapping changes: a new index {alias}-v{version}-... is built and the alias swapped. */
        @WithDefault("3")
        int version();

        /** Replicas of each shard: 0 on one node, at least 1 on a cluster (production). */
        @WithDefault("0")
        int replicas();

        /** How often a replica checks whether the index must be built (first start, new mapping, a request). */
        @WithDefault("2s")
        Duration buildCheckInterval();
    }

    interface Ingest {
        /** The largest article (raw text or HTML) taken; larger ones get 413. */
        @WithDefault("4M")
        MemorySize maxArticleBytes();

        /** The largest NDJSON batch taken; the lines beyond it get 413. */
        @WithDefault("60M")
        MemorySize maxBatchBytes();

        /** Single articles taken at the same time; one more gets 429 with Retry-After. */
        @WithDefault("16")
        int maxConcurrentArticles();

        /** Batches taken at the same time; one more gets 503 with Retry-After (a batch is long and large). */
        @WithDefault("4")
        int maxConcurrentBatches();

        /** Threads that normalise the pages of a batch in parallel; by default the cores. */
        java.util.Optional<Integer> normaliseThreads();

        /** Pages of a batch stored in one transaction (normalised together, written in JDBC batches). */
        @WithDefault("64")
        int chunkSize();

        /** A site's first pages whose lines are counted (what tells its furniture); later pages only read the counts. */
        @WithDefault("200")
        int siteEvidencePages();
    }

    interface Outbox {
        @WithDefault("1s")
        Duration interval();

        /** Articles sent to Elasticsearch in one bulk request, at most. */
        @WithDefault("200")
        int batchSize();

        /** The largest bulk request body (estimated), at most: larger batches go in several requests. */
        @WithDefault("8M")
        MemorySize maxBulkBytes();

        /** The longest wait between attempts while Elasticsearch is away, or for one document it refused for now. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** Attempts after which a document Elasticsearch keeps refusing for now is set aside too. */
        @WithDefault("20")
        int maxAttempts();

        /** How often the outbox gauges (depth, oldest age, set-aside documents) are measured. */
        @WithDefault("15s")
        Duration metricsInterval();
    }
}
