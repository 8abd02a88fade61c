package io.linimasa.ingest.index;

import io.linimasa.ingest.store.Article;
import io.linimasa.ingest.store.ArticleEntityMention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Builds the index from PostgreSQL, the source of truth: a new index of the current mapping
 * version, filled in bulk in id order, then the alias swapped atomically, so search never sees a
 * half-built index. The outbox waits meanwhile; what arrives during the build is indexed after the
 * swap. One replica builds at a time (a PostgreSQL advisory lock).
 */
@ApplicationScoped
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);
    private static final int BATCH = 500;

    private final ArticleIndex index;
    private final EntityManager em;

    public IndexRebuilder(ArticleIndex index, EntityManager em) {
        this.index = index;
        this.em = em;
    }

    /** Rebuilds unless another replica is rebuilding; returns how many articles went in. */
    public long rebuild() {
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('linimasa.index.rebuild'))")
                    .getSingleResult();
            if (!locked) {
                return -1L;
            }
            String target = index.newIndexName();
            index.createIndex(target);
            long count = 0;
            try {
                String after = "";
                while (true) {
                    List<Article> batch = Article.find("id > ?1 order by id", after).page(0, BATCH).list();
                    if (batch.isEmpty()) {
                        break;
                    }
                    List<String> ids = batch.stream().map(a -> a.id).toList();
                    Map<String, List<String>> entities = ArticleEntityMention.<ArticleEntityMention>list(
                                    "article.id in ?1 order by article.id, ordinal", ids).stream()
                            .collect(Collectors.groupingBy(e -> e.article.id, Collectors.mapping(e -> e.name, Collectors.toList())));
                    index.bulkIndex(target, batch.stream()
                            .map(a -> ArticleDocument.of(a, entities.getOrDefault(a.id, List.of())))
                            .toList());
                    count += batch.size();
                    after = batch.get(batch.size() - 1).id;
                    em.clear();
                }
                index.refresh(target);
                index.swapAliasTo(target);
            } catch (IOException | RuntimeException e) {
                index.deleteIndex(target);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            LOG.infof("index %s built from PostgreSQL with %d articles; alias %s moved to it", target, count, index.alias());
            return count;
        });
    }
}
