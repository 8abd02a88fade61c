package io.linimasa.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.linimasa.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Elasticsearch side: an index {alias}-v{version} with an explicit mapping behind the alias
 * that search reads, and bulk writes through it.
 */
@ApplicationScoped
public class ArticleIndex {

    private final ElasticsearchClient client;
    private final String alias;
    private final String versionPrefix;
    private volatile boolean ready;

    public ArticleIndex(ElasticsearchClient client, IngestConfig config) {
        this.client = client;
        this.alias = config.index().alias();
        this.versionPrefix = alias + "-v" + config.index().version() + "-";
    }

    public String alias() {
        return alias;
    }

    /** A new index name of the current mapping version: {alias}-v{version}-{build time}. */
    public String newIndexName() {
        return versionPrefix + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC).format(Instant.now());
    }

    /** The indices the alias points at now (none before the first build). */
    public List<String> aliasTargets() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return List.copyOf(client.indices().getAlias(g -> g.name(alias)).result().keySet());
    }

    /**
     * Whether the outbox may write through the alias: only when it points at an index of the
     * current mapping version. Otherwise (first start, a mapping change, a requested rebuild) the
     * index must first be built from PostgreSQL.
     */
    public boolean ready() throws IOException {
        if (!ready) {
            List<String> targets = aliasTargets();
            ready = targets.size() == 1 && targets.get(0).startsWith(versionPrefix);
        }
        return ready;
    }

    /** Makes the next outbox run rebuild the index from PostgreSQL. */
    public void requestRebuild() {
        ready = false;
        rebuildRequested = true;
    }

    public boolean takeRebuildRequest() {
        boolean requested = rebuildRequested;
        rebuildRequested = false;
        return requested;
    }

    private volatile boolean rebuildRequested;

    /** Creates an empty index with the current mapping under the given name. */
    public void createIndex(String name) throws IOException {
        try (InputStream mapping = getClass().getClassLoader().getResourceAsStream("elasticsearch/articles-index.json")) {
            client.indices().create(c -> c.index(name).withJson(mapping));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** Indexes the documents in one bulk request; fails when any of them was refused. */
    public void bulkIndex(String target, List<ArticleDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(target);
        for (ArticleDocument doc : documents) {
            bulk.operations(op -> op.index(i -> i.id(doc.id()).document(doc)));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            String reasons = response.items().stream()
                    .filter(item -> item.error() != null)
                    .map(BulkResponseItem::error)
                    .map(error -> error.type() + ": " + error.reason())
                    .distinct()
                    .collect(Collectors.joining("; "));
            throw new UncheckedIOException(new IOException("bulk indexing refused: " + reasons));
        }
    }

    /** Moves the alias to {@code target} in one atomic step and deletes the indices it left. */
    public void swapAliasTo(String target) throws IOException {
        List<String> previous = aliasTargets().stream().filter(name -> !name.equals(target)).toList();
        client.indices().updateAliases(u -> {
            for (String old : previous) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(target).alias(alias).isWriteIndex(true)));
        });
        for (String old : previous) {
            client.indices().delete(d -> d.index(old).ignoreUnavailable(true));
        }
        ready = target.startsWith(versionPrefix);
    }

    public void deleteIndex(String name) throws IOException {
        client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
    }

    public void refresh(String name) throws IOException {
        client.indices().refresh(r -> r.index(name));
    }
}
