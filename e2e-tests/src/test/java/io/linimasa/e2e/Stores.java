package io.linimasa.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stores a stack runs on. {@link #shared()}: the machine's PostgreSQL and the project's
 * Elasticsearch on 9200 (a database of the test's own). {@link #own()}: a PostgreSQL cluster and an
 * Elasticsearch node of the test's own, on free ports, which the fault tests really kill and start
 * again without touching anything else on the machine.
 */
final class Stores implements AutoCloseable {

    private static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String PG_OS_USER = "postgres";

    final int postgresPort;
    final int elasticsearchPort;
    final String database;
    private final Path root = Path.of(System.getProperty("root", ".."));
    private final Path postgresData;
    private final Path elasticsearchHome;

    private Stores(int postgresPort, int elasticsearchPort, String database, Path postgresData, Path elasticsearchHome) {
        this.postgresPort = postgresPort;
        this.elasticsearchPort = elasticsearchPort;
        this.database = database;
        this.postgresData = postgresData;
        this.elasticsearchHome = elasticsearchHome;
    }

    static Stores shared(String database) throws SQLException {
        Stores stores = new Stores(5432, 9200, database, null, null);
        stores.recreateDatabase();
        return stores;
    }

    /** A PostgreSQL cluster (initdb) and an Elasticsearch node of this test's own, started. */
    static Stores own(String name) throws Exception {
        Path data = Path.of("/tmp", "linimasa-" + name + "-pg");
        Path home = Path.of("/var/tmp", "linimasa-es-" + name);
        Stores stores = new Stores(freePort(), freePort(), "linimasa", data, home);
        stores.initPostgres();
        stores.startPostgres();
        stores.startElasticsearch();
        stores.recreateDatabase();
        return stores;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    private void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            c.createStatement().execute("CREATE DATABASE " + database);
        }
    }

    // ---- PostgreSQL of our own ------------------------------------------------------------------

    private void initPostgres() throws Exception {
        run(List.of("rm", "-rf", postgresData.toString()));
        Files.createDirectories(postgresData);
        run(List.of("chown", PG_OS_USER, postgresData.toString()));
        asPostgres(List.of(PG_BIN.resolve("initdb").toString(), "-D", postgresData.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--no-sync"));
    }

    void startPostgres() throws Exception {
        asPostgres(List.of(PG_BIN.resolve("pg_ctl").toString(), "-D", postgresData.toString(), "-w", "-t", "60",
                "-l", postgresData.resolve("server.log").toString(),
                "-o", "-p " + postgresPort + " -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    /** An immediate shutdown: what a crash does (no checkpoint; recovery at the next start). */
    void killPostgres() throws Exception {
        asPostgres(List.of(PG_BIN.resolve("pg_ctl").toString(), "-D", postgresData.toString(), "-m", "immediate", "-w", "stop"));
    }

    private void asPostgres(List<String> command) throws Exception {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", PG_OS_USER, "--"));
        full.addAll(command);
        run(full);
    }

    // ---- Elasticsearch of our own ---------------------------------------------------------------

    void startElasticsearch() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("dev/elasticsearch/elasticsearch.sh").toString(), "ensure");
        builder.environment().put("LINIMASA_ES_PORT", Integer.toString(elasticsearchPort));
        builder.environment().put("LINIMASA_ES_HOME", elasticsearchHome.toString());
        builder.environment().put("LINIMASA_ES_HEAP", "-Xms384m -Xmx384m");
        run(builder);
    }

    /** SIGKILL of the node: no shutdown at all. */
    void killElasticsearch() throws Exception {
        String pid = Files.readString(elasticsearchHome.resolve("elasticsearch.pid")).strip();
        run(List.of("kill", "-9", pid));
        Instant deadline = Instant.now().plusSeconds(30);
        while (elasticsearchAnswers() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    boolean elasticsearchAnswers() {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + elasticsearchPort + "/_cluster/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        if (postgresData == null) {
            return;
        }
        try {
            asPostgres(List.of(PG_BIN.resolve("pg_ctl").toString(), "-D", postgresData.toString(), "-m", "immediate", "stop"));
        } catch (Exception e) {
            // already stopped
        }
        ProcessBuilder stop = new ProcessBuilder(root.resolve("dev/elasticsearch/elasticsearch.sh").toString(), "stop");
        stop.environment().put("LINIMASA_ES_PORT", Integer.toString(elasticsearchPort));
        stop.environment().put("LINIMASA_ES_HOME", elasticsearchHome.toString());
        try {
            run(stop);
        } catch (Exception e) {
            // already stopped
        }
        run(List.of("rm", "-rf", postgresData.toString(), elasticsearchHome.resolve("data").toString()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws Exception {
        run(new ProcessBuilder(command));
    }

    private static void run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed:\n" + output);
        }
    }
}
