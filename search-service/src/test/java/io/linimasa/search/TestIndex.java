package io.linimasa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test index built from ingest-service's own mapping file (the one place the mapping lives),
 * behind the test profile's alias, with documents in the shape ingest-service writes.
 */
final class TestIndex {

    private static final Path MAPPING = Path.of("..", "ingest-service", "src", "main", "resources", "elasticsearch", "articles-index.json");

    private TestIndex() {
    }

    /** Replaces the index behind {@code alias} with one holding exactly these documents. */
    static void fill(ElasticsearchClient client, String alias, List<Map<String, Object>> documents) throws IOException {
        String index = alias + "-v1";
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().delete(d -> d.index(index));
        }
        try (InputStream mapping = Files.newInputStream(MAPPING)) {
            client.indices().create(c -> c.index(index).withJson(mapping).aliases(alias, a -> a.isWriteIndex(true)));
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias).refresh(Refresh.True);
        for (Map<String, Object> doc : documents) {
            bulk.operations(op -> op.index(i -> i.id((String) doc.get("id")).document(doc)));
        }
        assertEquals(false, client.bulk(bulk.build()).errors());
    }

    static Map<String, Object> doc(String id, String title, String body, String publishedAt, String outlet,
                                   String language, List<String> entities) {
        return doc(id, null, title, body, publishedAt, outlet, language, entities);
    }

    static Map<String, Object> doc(String id, String duplicateOf, String title, String body, String publishedAt, String outlet,
                                   String language, List<String> entities) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", id);
        doc.put("duplicateOf", duplicateOf);
        doc.put("title", title);
        doc.put("body", body);
        doc.put("publishedAt", publishedAt);
        doc.put("publishedText", publishedAt);
        doc.put("publishedDay", publishedAt == null ? null : publishedAt.substring(0, 10));
        doc.put("month", publishedAt == null ? null : publishedAt.substring(0, 7));
        doc.put("outlet", outlet);
        doc.put("language", language);
        doc.put("entities", entities);
        doc.put("authors", List.of());
        doc.put("editors", List.of());
        doc.put("ingestedAt", "2026-01-01T00:00:00Z");
        return doc;
    }
}
