package io.linimasa.timeline;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Creates the ingest schema that timeline-service reads, from ingest-service's own migrations
 * (the one place they live), before the application starts.
 */
public class IngestSchemaResource implements QuarkusTestResourceLifecycleManager {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/linimasa_test_timeline";

    @Override
    public Map<String, String> start() {
        Flyway flyway = Flyway.configure()
                .dataSource(URL, "postgres", "")
                .schemas("ingest")
                .createSchemas(true)
                .locations("filesystem:../ingest-service/src/main/resources/db/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean(); // whatever an earlier run (of another checkout) left
        flyway.migrate();
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
