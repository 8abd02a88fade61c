package io.linimasa.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.linimasa.ingest.index.ArticleDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search bench's own index: ingest-service's mapping, one shard and no replica, behind an alias
 * of its own (never {@code articles} or the tests' {@code test-*}), named per run so that two runs
 * never share it. Closing it deletes it; indices that a killed run left behind are deleted by the
 * next run once they are an hour old.
 */
final class SearchBenchIndex implements AutoCloseable {

    private static final String PREFIX = "bench-search-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-\\d+-index");
    private static final Duration STALE = Duration.ofHours(1);

    private final ElasticsearchClient client;
    private final String index;
    private final String alias;

    private SearchBenchIndex(ElasticsearchClient client, String index, String alias) {
        this.client = client;
        this.index = index;
        this.alias = alias;
    }

    /** A new index holding these documents, searchable when this returns. */
    static SearchBenchIndex create(ElasticsearchClient client, ObjectMapper json, Collection<ArticleDocument> documents)
            throws IOException {
        deleteStale(client);
        String run = PREFIX + System.currentTimeMillis() + "-" + ProcessHandle.current().pid();
        SearchBenchIndex created = new SearchBenchIndex(client, run + "-index", run);
        ObjectNode definition;
        try (InputStream mapping = SearchBenchIndex.class.getClassLoader().getResourceAsStream("elasticsearch/articles-index.json")) {
            if (mapping == null) {
                throw new IOException("ingest-service's elasticsearch/articles-index.json is not on the class path");
            }
            definition = (ObjectNode) json.readTree(mapping);
        }
        definition.with("settings").put("number_of_replicas", 0);
        String body = json.writeValueAsString(definition);
        client.indices().create(c -> c.index(created.index).withJson(new StringReader(body)).aliases(created.alias, a -> a));
        try {
            created.write(documents);
        } catch (IOException | RuntimeException e) {
            created.close();
            throw e;
        }
        return created;
    }

    String alias() {
        return alias;
    }

    private void write(Collection<ArticleDocument> documents) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (ArticleDocument doc : documents) {
            bulk.operations(op -> op.index(i -> i.index(alias).id(doc.id()).document(doc).requireAlias(true)));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            List<String> refused = new ArrayList<>();
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    refused.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
                }
            }
            throw new IOException("Elasticsearch refused documents: " + refused);
        }
    }

    @Override
    public void close() throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    private static void deleteStale(ElasticsearchClient client) throws IOException {
        long now = System.currentTimeMillis();
        for (String name : client.indices().get(g -> g.index(PREFIX + "*").allowNoIndices(true)).result().keySet()) {
            Matcher m = NAME.matcher(name);
            if (m.matches() && now - Long.parseLong(m.group(1)) > STALE.toMillis()) {
                client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
            }
        }
    }
}
