package io.linimasa.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.linimasa.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch side: indices {alias}-v{version}-{time} with an explicit mapping, the alias that
 * search reads, and bulk writes whose every item has its own outcome. Writes through the alias
 * require it to be an alias, so that a missing alias is never auto-created as a concrete index.
 */
@ApplicationScoped
public class ArticleIndex {

    private static final DateTimeFormatter BUILD_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final ObjectMapper json;
    private final String alias;
    private final String versionPrefix;
    private final int version;
    private final int replicas;
    private final long maxBulkBytes;

    public ArticleIndex(ElasticsearchClient client, ObjectMapper json, IngestConfig config) {
        this.client = client;
        this.json = json;
        this.alias = config.index().alias();
        this.version = config.index().version();
        this.versionPrefix = alias + "-v" + version + "-";
        this.replicas = config.index().replicas();
        this.maxBulkBytes = config.outbox().maxBulkBytes().asLongValue();
    }

    public String alias() {
        return alias;
    }

    /** The mapping version this replica writes. */
    public int version() {
        return version;
    }

    /** A new index name of the current mapping version: {alias}-v{version}-{build time}. */
    public String newIndexName() {
        return versionPrefix + BUILD_TIME.format(Instant.now());
    }

    /** The indices the alias points at now (none before the first build). */
    public List<String> aliasTargets() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return List.copyOf(client.indices().getAlias(g -> g.name(alias)).result().keySet());
    }

    /** Whether the alias points at exactly one index, of this replica's mapping version. */
    public boolean aliasAtThisVersion() throws IOException {
        List<String> targets = aliasTargets();
        return targets.size() == 1 && targets.get(0).startsWith(versionPrefix);
    }

    /** Creates an empty index with the current mapping and the configured replicas. */
    public void createIndex(String name) throws IOException {
        ObjectNode body;
        try (InputStream mapping = getClass().getClassLoader().getResourceAsStream("elasticsearch/articles-index.json")) {
            body = (ObjectNode) json.readTree(mapping);
        }
        body.with("settings").put("number_of_replicas", replicas);
        String definition = json.writeValueAsString(body);
        try {
            client.indices().create(c -> c.index(name).withJson(new StringReader(definition)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /**
     * Writes every document to each target (the alias, and an index being built), in bulk requests
     * of at most the configured size; returns each document's outcome, by id. A request that fails
     * as a whole (Elasticsearch unreachable) throws.
     */
    public Map<String, BulkOutcome> write(List<ArticleDocument> documents, List<String> targets) throws IOException {
        Map<String, BulkOutcome> outcomes = new HashMap<>();
        List<ArticleDocument> chunk = new ArrayList<>();
        long bytes = 0;
        for (ArticleDocument doc : documents) {
            long size = (long) doc.estimatedBytes() * targets.size();
            if (!chunk.isEmpty() && bytes + size > maxBulkBytes) {
                send(chunk, targets, outcomes);
                chunk.clear();
                bytes = 0;
            }
            chunk.add(doc);
            bytes += size;
        }
        if (!chunk.isEmpty()) {
            send(chunk, targets, outcomes);
        }
        return outcomes;
    }

    private void send(List<ArticleDocument> documents, List<String> targets, Map<String, BulkOutcome> outcomes) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        List<String> ids = new ArrayList<>();
        for (String target : targets) {
            boolean throughAlias = target.equals(alias);
            for (ArticleDocument doc : documents) {
                bulk.operations(op -> op.index(i -> {
                    i.index(target).id(doc.id()).document(doc);
                    return throughAlias ? i.requireAlias(true) : i;
                }));
                ids.add(doc.id());
            }
        }
        BulkResponse response = client.bulk(bulk.build());
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            BulkOutcome outcome = item.error() == null ? BulkOutcome.INDEXED
                    : BulkOutcome.refused(item.status(), item.error().type(), item.error().reason());
            outcomes.merge(ids.get(i), outcome, BulkOutcome::and);
        }
    }

    /** Points the alias at {@code target} in one atomic step; returns the indices it left. */
    public List<String> swapAliasTo(String target) throws IOException {
        List<String> previous = aliasTargets().stream().filter(name -> !name.equals(target)).toList();
        client.indices().updateAliases(u -> {
            for (String old : previous) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(target).alias(alias).isWriteIndex(true)));
        });
        return previous;
    }

    public void deleteIndex(String name) throws IOException {
        client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
    }

    public void refresh(String name) throws IOException {
        client.indices().refresh(r -> r.index(name));
    }
}
