package io.linimasa.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Builds every overlay under {@code overlays/} with {@code kubectl kustomize} and checks what a
 * cluster would get: probes, resources and a locked-down security context on every container,
 * a Service in front of every Deployment, the search-service autoscaler, credentials only by
 * reference, and the configuration each service reads (taken from its application.properties).
 */
class ManifestsTest {

    static final Path DEPLOY = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path ROOT = DEPLOY.getParent();
    static final List<String> SERVICES = List.of("ingest-service", "search-service", "timeline-service");
    static final int HTTP_PORT = 8080;

    static final String DATASOURCE = "datasource";
    static final String ELASTICSEARCH = "elasticsearch";
    /**
     * The stores each service uses according to CONTRACT.md and DESIGN.md. The services'
     * application.properties can only add to this (read at test time, since they change).
     */
    static final Map<String, Set<String>> KNOWN_STORES = Map.of(
            "ingest-service", Set.of(DATASOURCE, ELASTICSEARCH),
            "search-service", Set.of(ELASTICSEARCH),
            "timeline-service", Set.of(DATASOURCE));
    static final Map<String, List<String>> ENV_FOR_STORE = Map.of(
            DATASOURCE, List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"),
            ELASTICSEARCH, List.of("QUARKUS_ELASTICSEARCH_HOSTS"));

    static final YAMLMapper YAML = new YAMLMapper();
    static final Map<String, List<JsonNode>> BUILT = new ConcurrentHashMap<>();

    static Stream<String> overlays() throws IOException {
        Path dir = DEPLOY.resolve("overlays");
        List<String> names;
        try (Stream<Path> list = Files.list(dir)) {
            names = list.filter(p -> Files.isRegularFile(p.resolve("kustomization.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertFalse(names.isEmpty(), "no overlay with a kustomization.yaml under " + dir);
        return names.stream();
    }

    // ---------------------------------------------------------------- building the output

    static List<JsonNode> build(String overlay) {
        return BUILT.computeIfAbsent(overlay, ManifestsTest::kustomize);
    }

    static List<JsonNode> kustomize(String overlay) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        Path dir = DEPLOY.resolve("overlays").resolve(overlay);
        try {
            Path stderr = Files.createTempFile("kustomize-", ".err");
            Process process;
            try {
                process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                        .redirectError(stderr.toFile()).start();
            } catch (IOException e) {
                return fail("cannot run '" + kubectl + "': kubectl (1.27 or later, with kustomize built in) must be"
                        + " on the PATH, or set KUBECTL to its path. (" + e.getMessage() + ")");
            }
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish within 120 s");
            }
            String err = Files.readString(stderr);
            Files.deleteIfExists(stderr);
            assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed:\n" + err);
            List<JsonNode> docs = new ArrayList<>();
            try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(new String(out, StandardCharsets.UTF_8))) {
                while (it.hasNext()) {
                    JsonNode doc = it.next();
                    if (doc != null && doc.isObject() && doc.has("kind")) {
                        docs.add(doc);
                    }
                }
            }
            assertFalse(docs.isEmpty(), "kubectl kustomize " + dir + " emitted nothing");
            return docs;
        } catch (IOException e) {
            return fail("kubectl kustomize " + dir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    static String where(String overlay, JsonNode doc) {
        return "[" + overlay + "] " + doc.path("kind").asText() + "/" + name(doc);
    }

    static Iterable<JsonNode> each(JsonNode array) {
        return array.isArray() ? array : List.of();
    }

    static List<JsonNode> containers(JsonNode deployment) {
        List<JsonNode> result = new ArrayList<>();
        each(deployment.path("spec").path("template").path("spec").path("containers")).forEach(result::add);
        return result;
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> result = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }

    // ---------------------------------------------------------------- the checks

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasADeploymentAndAService(String overlay) {
        List<JsonNode> docs = build(overlay);
        for (String service : SERVICES) {
            assertTrue(ofKind(docs, "Deployment").stream().anyMatch(d -> service.equals(name(d))),
                    "[" + overlay + "] no Deployment " + service);
            assertTrue(ofKind(docs, "Service").stream().anyMatch(d -> service.equals(name(d))),
                    "[" + overlay + "] no Service " + service);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasProbesResourcesAndASafeSecurityContext(String overlay) {
        for (JsonNode deployment : ofKind(build(overlay), "Deployment")) {
            JsonNode podSpec = deployment.path("spec").path("template").path("spec");
            List<JsonNode> containers = containers(deployment);
            assertFalse(containers.isEmpty(), where(overlay, deployment) + " has no containers");
            for (JsonNode c : containers) {
                String at = where(overlay, deployment) + " container " + c.path("name").asText();

                for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                    JsonNode http = c.path(probe).path("httpGet");
                    if (c.has(probe) || !probe.equals("startupProbe")) {
                        assertTrue(http.path("path").asText().startsWith("/q/health"),
                                at + ": " + probe + " must be an httpGet on /q/health/*, is " + c.path(probe));
                        assertEquals(HTTP_PORT, containerPort(c, http.path("port")),
                                at + ": " + probe + " must probe port " + HTTP_PORT);
                    }
                }

                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertFalse(c.path("resources").path(bound).path(resource).asText().isBlank(),
                                at + ": resources." + bound + "." + resource + " is not set");
                    }
                }

                JsonNode sc = c.path("securityContext");
                JsonNode nonRoot = sc.has("runAsNonRoot") ? sc.path("runAsNonRoot")
                        : podSpec.path("securityContext").path("runAsNonRoot");
                assertTrue(nonRoot.asBoolean(false), at + ": runAsNonRoot must be true (container or pod)");
                assertTrue(sc.has("allowPrivilegeEscalation") && !sc.path("allowPrivilegeEscalation").asBoolean(),
                        at + ": allowPrivilegeEscalation must be false");
                assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(false), at + ": readOnlyRootFilesystem must be true");
                List<String> dropped = new ArrayList<>();
                each(sc.path("capabilities").path("drop")).forEach(n -> dropped.add(n.asText()));
                assertTrue(dropped.contains("ALL"), at + ": capabilities.drop must contain ALL");
                assertTrue(hasWritableTmp(podSpec, c), at + ": /tmp must be an emptyDir (the root filesystem is read-only)");

                String image = c.path("image").asText();
                assertTrue(image.contains("@sha256:") || image.matches(".*:[^/:]+$") && !image.endsWith(":latest"),
                        at + ": image " + image + " needs a pinned tag or digest");
            }
        }
    }

    static boolean hasWritableTmp(JsonNode podSpec, JsonNode container) {
        for (JsonNode mount : each(container.path("volumeMounts"))) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                for (JsonNode volume : each(podSpec.path("volumes"))) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The container port a probe or Service port refers to, by number or by name; -1 if none. */
    static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        if (port.isTextual() && port.asText().matches("\\d+")) {
            return Integer.parseInt(port.asText());
        }
        for (JsonNode p : each(container.path("ports"))) {
            if (!port.asText().isEmpty() && port.asText().equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return -1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasAServiceSelectingItsPodsOnPort8080(String overlay) {
        List<JsonNode> docs = build(overlay);
        for (JsonNode deployment : ofKind(docs, "Deployment")) {
            String at = where(overlay, deployment);
            Map<String, String> podLabels = labels(deployment.path("spec").path("template").path("metadata").path("labels"));
            Map<String, String> matchLabels = labels(deployment.path("spec").path("selector").path("matchLabels"));
            assertFalse(matchLabels.isEmpty(), at + ": spec.selector.matchLabels is empty");
            assertTrue(podLabels.entrySet().containsAll(matchLabels.entrySet()),
                    at + ": selector " + matchLabels + " does not match the pod labels " + podLabels);
            boolean served = false;
            for (JsonNode service : ofKind(docs, "Service")) {
                Map<String, String> selector = labels(service.path("spec").path("selector"));
                if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())
                        || !service.path("metadata").path("namespace").equals(deployment.path("metadata").path("namespace"))) {
                    continue;
                }
                served = true;
                for (JsonNode port : each(service.path("spec").path("ports"))) {
                    JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                    boolean reaches8080 = containers(deployment).stream()
                            .anyMatch(c -> containerPort(c, target) == HTTP_PORT && hasContainerPort(c, HTTP_PORT));
                    assertTrue(reaches8080, where(overlay, service) + ": targetPort " + target
                            + " is not the container port " + HTTP_PORT + " of " + at);
                }
            }
            assertTrue(served, at + ": no Service selects its pods " + podLabels);
        }
        for (String service : SERVICES) {
            JsonNode svc = ofKind(docs, "Service").stream().filter(s -> service.equals(name(s))).findFirst().orElseThrow();
            JsonNode deployment = ofKind(docs, "Deployment").stream().filter(d -> service.equals(name(d))).findFirst().orElseThrow();
            Map<String, String> podLabels = labels(deployment.path("spec").path("template").path("metadata").path("labels"));
            Map<String, String> selector = labels(svc.path("spec").path("selector"));
            assertTrue(!selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet()),
                    where(overlay, svc) + " must select the pods of Deployment " + service);
        }
    }

    static boolean hasContainerPort(JsonNode container, int port) {
        for (JsonNode p : each(container.path("ports"))) {
            if (p.path("containerPort").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void searchServiceScalesOnCpu(String overlay) {
        List<JsonNode> hpas = ofKind(build(overlay), "HorizontalPodAutoscaler").stream()
                .filter(h -> "Deployment".equals(h.path("spec").path("scaleTargetRef").path("kind").asText())
                        && "search-service".equals(h.path("spec").path("scaleTargetRef").path("name").asText()))
                .toList();
        assertEquals(1, hpas.size(), "[" + overlay + "] exactly one HorizontalPodAutoscaler must target Deployment search-service");
        JsonNode hpa = hpas.get(0);
        assertEquals("autoscaling/v2", hpa.path("apiVersion").asText(), where(overlay, hpa));
        boolean cpu = false;
        for (JsonNode metric : each(hpa.path("spec").path("metrics"))) {
            cpu |= "Resource".equals(metric.path("type").asText())
                    && "cpu".equals(metric.path("resource").path("name").asText());
        }
        assertTrue(cpu, where(overlay, hpa) + " must scale on the cpu resource metric");
        int min = hpa.path("spec").path("minReplicas").asInt(1);
        int max = hpa.path("spec").path("maxReplicas").asInt();
        assertTrue(min >= 1 && max >= min, where(overlay, hpa) + ": bad bounds " + min + ".." + max);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void credentialsAreOnlyReferenced(String overlay) {
        List<JsonNode> docs = build(overlay);
        for (JsonNode secret : ofKind(docs, "Secret")) {
            assertTrue(secret.path("data").isEmpty() && secret.path("stringData").isEmpty(),
                    where(overlay, secret) + ": Secrets with values must not be in the manifests; create them in the cluster (README.md)");
        }
        for (JsonNode configMap : ofKind(docs, "ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key -> assertFalse(key.toUpperCase().contains("PASSWORD"),
                    where(overlay, configMap) + ": " + key + " belongs in a Secret"));
        }
        for (JsonNode deployment : ofKind(docs, "Deployment")) {
            for (JsonNode c : containers(deployment)) {
                for (JsonNode env : each(c.path("env"))) {
                    if (env.path("name").asText().toUpperCase().contains("PASSWORD")) {
                        assertTrue(env.path("valueFrom").has("secretKeyRef"), where(overlay, deployment)
                                + ": " + env.path("name").asText() + " must come from a secretKeyRef");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyReferenceResolves(String overlay) throws IOException {
        List<JsonNode> docs = build(overlay);
        Map<String, JsonNode> configMaps = new HashMap<>();
        ofKind(docs, "ConfigMap").forEach(cm -> configMaps.put(name(cm), cm));
        String readme = Files.readString(DEPLOY.resolve("README.md"));
        for (JsonNode deployment : ofKind(docs, "Deployment")) {
            for (JsonNode c : containers(deployment)) {
                String at = where(overlay, deployment) + " container " + c.path("name").asText();
                for (JsonNode env : each(c.path("env"))) {
                    JsonNode secretRef = env.path("valueFrom").path("secretKeyRef");
                    if (secretRef.isObject()) {
                        assertDocumented(readme, secretRef.path("name").asText(), at);
                    }
                    JsonNode configRef = env.path("valueFrom").path("configMapKeyRef");
                    if (configRef.isObject() && !configRef.path("optional").asBoolean(false)) {
                        JsonNode cm = configMaps.get(configRef.path("name").asText());
                        assertTrue(cm != null, at + ": ConfigMap " + configRef.path("name").asText() + " is not in the output");
                        assertTrue(cm.path("data").has(configRef.path("key").asText()),
                                at + ": ConfigMap " + name(cm) + " has no key " + configRef.path("key").asText());
                    }
                }
                for (JsonNode from : each(c.path("envFrom"))) {
                    if (from.has("configMapRef") && !from.path("configMapRef").path("optional").asBoolean(false)) {
                        String cm = from.path("configMapRef").path("name").asText();
                        assertTrue(configMaps.containsKey(cm), at + ": ConfigMap " + cm + " is not in the output");
                    }
                    if (from.has("secretRef")) {
                        assertDocumented(readme, from.path("secretRef").path("name").asText(), at);
                    }
                }
            }
        }
    }

    static void assertDocumented(String readme, String secret, String at) {
        assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(secret) + "(?![\\w-])").matcher(readme).find(),
                at + ": Secret " + secret + " is referenced but deploy/README.md does not say how it is created");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceGetsTheConfigurationItReads(String overlay) throws IOException {
        List<JsonNode> docs = build(overlay);
        for (String service : SERVICES) {
            JsonNode deployment = ofKind(docs, "Deployment").stream()
                    .filter(d -> service.equals(name(d))).findFirst().orElseThrow();
            JsonNode container = containers(deployment).stream()
                    .filter(c -> service.equals(c.path("name").asText())).findFirst()
                    .orElse(containers(deployment).get(0));
            Map<String, String> env = effectiveEnv(docs, container);
            String at = where(overlay, deployment);

            assertEquals("8080", env.get("QUARKUS_HTTP_PORT"), at + ": QUARKUS_HTTP_PORT must be 8080");
            for (String store : storesOf(service)) {
                for (String key : ENV_FOR_STORE.get(store)) {
                    assertTrue(env.containsKey(key), at + ": " + service + " uses " + store + " but gets no " + key
                            + " (has " + new TreeSet<>(env.keySet()) + ")");
                }
            }
        }
    }

    /** The stores a service uses: the known ones plus what its application.properties configures. */
    static Set<String> storesOf(String service) throws IOException {
        Set<String> stores = new LinkedHashSet<>(KNOWN_STORES.getOrDefault(service, Set.of()));
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                String plain = key.replaceFirst("^%[\\w,-]+\\.", "");   // %prod.quarkus... -> quarkus...
                if (plain.equals("quarkus.datasource.jdbc.url") || plain.equals("quarkus.datasource.db-kind")) {
                    stores.add(DATASOURCE);
                }
                if (plain.equals("quarkus.elasticsearch.hosts")) {
                    stores.add(ELASTICSEARCH);
                }
            }
        }
        return stores;
    }

    /**
     * The environment a container gets, name to value; values from Secrets read as
     * "secret:name/key" (they are not in the output). env wins over envFrom, as in Kubernetes.
     */
    static Map<String, String> effectiveEnv(List<JsonNode> docs, JsonNode container) {
        Map<String, JsonNode> configMaps = new HashMap<>();
        ofKind(docs, "ConfigMap").forEach(cm -> configMaps.put(name(cm), cm));
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : each(container.path("envFrom"))) {
            String prefix = from.path("prefix").asText("");
            JsonNode cm = configMaps.get(from.path("configMapRef").path("name").asText());
            if (cm != null) {
                cm.path("data").fields().forEachRemaining(e -> env.put(prefix + e.getKey(), e.getValue().asText()));
            }
        }
        for (JsonNode e : each(container.path("env"))) {
            JsonNode valueFrom = e.path("valueFrom");
            String value;
            if (valueFrom.has("secretKeyRef")) {
                value = "secret:" + valueFrom.path("secretKeyRef").path("name").asText() + "/"
                        + valueFrom.path("secretKeyRef").path("key").asText();
            } else if (valueFrom.has("configMapKeyRef")) {
                JsonNode cm = configMaps.get(valueFrom.path("configMapKeyRef").path("name").asText());
                value = cm == null ? null : cm.path("data").path(valueFrom.path("configMapKeyRef").path("key").asText()).asText(null);
            } else {
                value = e.path("value").asText("");
            }
            if (value != null) {
                env.put(e.path("name").asText(), value);
            }
        }
        return env;
    }

    @Test
    void productionKeepsAReplicaOfEveryShard() {
        List<JsonNode> docs = build("production");
        JsonNode ingest = ofKind(docs, "Deployment").stream().filter(d -> "ingest-service".equals(name(d))).findFirst().orElseThrow();
        Map<String, String> env = effectiveEnv(docs, containers(ingest).get(0));
        assertTrue(Integer.parseInt(env.getOrDefault("LINIMASA_INDEX_REPLICAS", "0")) >= 1,
                "production: ingest-service must create the index with at least one replica (LINIMASA_INDEX_REPLICAS)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAliasCanNeverBeCreatedAsAConcreteIndex(String overlay) {
        for (JsonNode es : ofKind(build(overlay), "Elasticsearch")) {
            for (JsonNode nodeSet : each(es.path("spec").path("nodeSets"))) {
                String autoCreate = nodeSet.path("config").path("action.auto_create_index").asText("");
                assertEquals("+.*,-*", autoCreate, where(overlay, es)
                        + ": action.auto_create_index must allow system indices only, so that a write to a missing alias fails");
            }
        }
    }

    @Test
    void readmeNamesTheSecretsToCreate() throws IOException {
        String readme = Files.readString(DEPLOY.resolve("README.md"));
        Matcher m = Pattern.compile("kubectl[^\\n]*create secret").matcher(readme);
        assertTrue(m.find(), "README.md must show how to create the credential Secrets (kubectl create secret ...)");
    }
}
