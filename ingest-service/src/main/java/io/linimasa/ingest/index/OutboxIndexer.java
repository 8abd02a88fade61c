package io.linimasa.ingest.index;

import io.linimasa.ingest.config.IngestConfig;
import io.linimasa.ingest.store.Article;
import io.linimasa.ingest.store.ArticleEntityMention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Drains the outbox into Elasticsearch: takes a batch of rows with FOR UPDATE SKIP LOCKED (so that
 * several replicas share the work), bulk-indexes their articles and deletes the rows in the same
 * transaction. While Elasticsearch is away the rows stay and the indexer backs off.
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class);

    private final ArticleIndex index;
    private final IndexRebuilder rebuilder;
    private final EntityManager em;
    private final int batchSize;
    private final Duration maxBackoff;
    private Duration backoff = Duration.ZERO;
    private Instant nextAttempt = Instant.MIN;

    public OutboxIndexer(ArticleIndex index, IndexRebuilder rebuilder, EntityManager em, IngestConfig config) {
        this.index = index;
        this.rebuilder = rebuilder;
        this.em = em;
        this.batchSize = config.outbox().batchSize();
        this.maxBackoff = config.outbox().maxBackoff();
    }

    @Scheduled(every = "${linimasa.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        if (Instant.now().isBefore(nextAttempt)) {
            return;
        }
        try {
            if (index.takeRebuildRequest() || !index.ready()) {
                if (rebuilder.rebuild() < 0) {
                    return; // another replica is building the index; the outbox waits for it
                }
            }
            while (drainBatch() == batchSize) {
                // a full batch: more may be waiting
            }
            backoff = Duration.ZERO;
        } catch (RuntimeException | java.io.IOException e) {
            backoff = backoff.isZero() ? Duration.ofSeconds(1) : min(backoff.multipliedBy(2), maxBackoff);
            nextAttempt = Instant.now().plus(backoff);
            LOG.warnf("indexing paused for %s: %s", backoff, e.getMessage());
        }
    }

    /** One batch in one transaction; returns how many outbox rows it indexed. */
    int drainBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT id, article_id FROM ingest.index_outbox ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, batchSize)
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<String> ids = rows.stream().map(r -> (String) r[1]).distinct().toList();
            List<Article> articles = Article.list("id in ?1", ids);
            Map<String, List<String>> entities = ArticleEntityMention.<ArticleEntityMention>list(
                            "article.id in ?1 order by article.id, ordinal", ids).stream()
                    .collect(Collectors.groupingBy(e -> e.article.id, Collectors.mapping(e -> e.name, Collectors.toList())));
            index.bulkIndex(index.alias(), articles.stream()
                    .map(a -> ArticleDocument.of(a, entities.getOrDefault(a.id, List.of())))
                    .toList());
            em.createNativeQuery("DELETE FROM ingest.index_outbox WHERE id = ANY(?1)")
                    .setParameter(1, rows.stream().map(r -> ((Number) r[0]).longValue()).toArray(Long[]::new))
                    .executeUpdate();
            return rows.size();
        });
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
