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
    private final String index;
    private volatile boolean ready;

    public ArticleIndex(ElasticsearchClient client, IngestConfig config) {
        this.client = client;
        this.alias = config.index().alias();
        this.index = alias + "-v" + config.index().version();
    }

    public String alias() {
        return alias;
    }

    /** Creates the index and points the alias at it, unless both are there already. */
    public void ensure() throws IOException {
        if (ready) {
            return;
        }
        if (!client.indices().exists(e -> e.index(index)).value()) {
            createIndex(index);
        }
        if (!client.indices().existsAlias(a -> a.name(alias).index(index)).value()) {
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true))));
        }
        ready = true;
    }

    void createIndex(String name) throws IOException {
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

    /** Refreshes the alias so that what was written is searchable now (tests and rebuilds). */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }
}
