package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests ({@code deploy/kubernetes/}) against the application: the ports, the probes' paths (which
 * the running application answers), the shutdown timing and every environment variable they set, which must be a
 * setting the application reads. They also render offline with {@code kubectl kustomize} (Debian's
 * {@code kubernetes-client} in CI, which must have it).
 */
@IntegrationTest
class KubernetesManifestsTest {

    static final Path BASE = Path.of("deploy/kubernetes/base");
    static final Path OVERLAY = Path.of("deploy/kubernetes/overlays/example");

    @Autowired
    Browserless browser;

    @Test
    void theProbesAreOnThePublicPortAtPathsTheApplicationAnswers() throws IOException {
        Map<String, Object> container = container();
        assertThat(port(container, "http")).isEqualTo(publicPortOfTheImage());
        assertThat(at(container, "livenessProbe", "httpGet", "port")).isEqualTo("http");
        assertThat(at(container, "readinessProbe", "httpGet", "port")).isEqualTo("http");
        assertThat(at(container, "startupProbe", "httpGet", "port")).isEqualTo("http");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            String path = (String) at(container, probe, "httpGet", "path");
            assertThat(browser.get(path).status()).as("%s %s", probe, path).isEqualTo(200);
        }
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/livez");
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/readyz");
    }

    @Test
    void theActuatorPortIsTheApplicationsAndNoServiceExposesIt() throws IOException {
        Map<String, Object> container = container();
        assertThat(port(container, "management")).isEqualTo(Integer.parseInt(applicationYml("management.server.port")));
        Map<String, Object> service = document(BASE.resolve("service.yaml"));
        List<Map<String, Object>> ports = maps(at(service, "spec", "ports"));
        assertThat(ports).extracting(p -> p.get("targetPort")).containsExactly("http");
        Map<String, Object> ingress = document(BASE.resolve("ingress.yaml"));
        Map<String, Object> rule = maps(at(ingress, "spec", "rules")).getFirst();
        Map<String, Object> path = maps(at(rule, "http", "paths")).getFirst();
        assertThat(at(path, "backend", "service", "name")).isEqualTo(at(service, "metadata", "name"));
        assertThat(at(path, "backend", "service", "port", "name")).isEqualTo("http");
    }

    @Test
    void kubernetesWaitsForTheApplicationsGracefulShutdown() throws IOException {
        Map<String, Object> pod = node(document(BASE.resolve("deployment.yaml")), "spec", "template", "spec");
        Map<String, Object> container = container();
        List<String> preStop = strings(at(container, "lifecycle", "preStop", "exec", "command"));
        assertThat(preStop.getFirst()).isEqualTo("sleep");
        Duration drain = Duration.ofSeconds(Long.parseLong(preStop.get(1)));
        Duration shutdown = DurationStyle.detectAndParse(applicationYml("spring.lifecycle.timeout-per-shutdown-phase"));
        Duration grace = Duration.ofSeconds(((Number) pod.get("terminationGracePeriodSeconds")).longValue());
        assertThat(grace).isGreaterThan(drain.plus(shutdown));
    }

    @Test
    void thePodRunsAsNonRootWithRequestsAndLimits() throws IOException {
        Map<String, Object> pod = node(document(BASE.resolve("deployment.yaml")), "spec", "template", "spec");
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(((Number) at(pod, "securityContext", "runAsUser")).intValue())
                .isPositive();
        Map<String, Object> container = container();
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        for (String kind : List.of("requests", "limits")) {
            Map<String, Object> resources = node(container, "resources", kind);
            assertThat(resources).as(kind).containsKeys("cpu", "memory");
        }
    }

    @Test
    void everyEnvironmentVariableTheManifestsSetIsASettingOfTheApplication() throws IOException {
        Set<String> variables = new TreeSet<>();
        for (Path file : List.of(BASE.resolve("configmap.yaml"), OVERLAY.resolve("config.yaml"))) {
            Map<String, Object> data = node(document(file), "data");
            variables.addAll(data.keySet());
        }
        for (Map<String, Object> env : maps(container().get("env"))) {
            variables.add((String) env.get("name"));
            assertThat(at(env, "valueFrom", "secretKeyRef", "name")).isEqualTo("newsroom-secrets");
        }
        Set<String> settings = knownSettings();
        assertThat(bindsTo("NEWSROOM_NO_SUCH_SETTING", settings))
                .as("a misspelt variable")
                .isEmpty();
        assertThat(variables).hasSizeGreaterThan(10).allSatisfy(variable -> assertThat(bindsTo(variable, settings))
                .as("the setting that %s sets", variable)
                .isNotEmpty());
        Map<String, Object> config = node(document(BASE.resolve("configmap.yaml")), "data");
        assertThat((String) config.get("SPRING_DATASOURCE_URL")).contains("prepareThreshold=0");
    }

    @Test
    void theBaseAndTheExampleOverlayRenderOffline() throws Exception {
        Path kubectl = Path.of("/usr/bin/kubectl");
        if (System.getenv("CI") == null) {
            assumeThat(Files.isExecutable(kubectl))
                    .as("kubectl (Debian's kubernetes-client)")
                    .isTrue();
        }
        for (Path dir : List.of(BASE, OVERLAY)) {
            Process render = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String yaml = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(render.waitFor()).as("kubectl kustomize %s", dir).isZero();
            List<String> kinds = new ArrayList<>();
            for (Object document : new Yaml().loadAll(yaml)) {
                if (document instanceof Map<?, ?> resource) {
                    kinds.add((String) resource.get("kind"));
                }
            }
            assertThat(kinds)
                    .as(dir.toString())
                    .contains(
                            "ConfigMap",
                            "Deployment",
                            "Service",
                            "Ingress",
                            "HorizontalPodAutoscaler",
                            "PodDisruptionBudget");
            if (dir.equals(OVERLAY)) {
                assertThat(yaml).contains("image: registry.example.com/newsroom:1.0.0", "namespace: newsroom");
            }
        }
    }

    /** The settings whose environment variable is named in {@code variable}, by Spring Boot's own relaxed binding. */
    static List<String> bindsTo(String variable, Set<String> settings) {
        PropertySource<?> environment = new SystemEnvironmentPropertySource("manifest", Map.of(variable, "x"));
        List<String> bound = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.from(environment)) {
            for (String setting : settings) {
                if (source.getConfigurationProperty(ConfigurationPropertyName.of(setting)) != null) {
                    bound.add(setting);
                }
            }
        }
        return bound;
    }

    /** Newsroom's settings (from {@link NewsroomProperties} and {@link CdnProperties}) and Spring Boot's (from its configuration metadata). */
    static Set<String> knownSettings() throws IOException {
        Set<String> settings = new TreeSet<>();
        addSettings("newsroom", NewsroomProperties.class, settings);
        addSettings("newsroom.cdn", CdnProperties.class, settings);
        Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"([a-z0-9.\\-]+)\"");
        for (Resource metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/*spring-configuration-metadata.json")) {
            Matcher names = name.matcher(metadata.getContentAsString(StandardCharsets.UTF_8));
            while (names.find()) {
                settings.add(names.group(1));
            }
        }
        return settings;
    }

    private static void addSettings(String prefix, Class<?> type, Set<String> settings) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "."
                    + component.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
            if (component.getType().isRecord()) {
                addSettings(name, component.getType(), settings);
            } else {
                settings.add(name);
            }
        }
    }

    static String applicationYml(String key) throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("application.yml", new FileSystemResource("src/main/resources/application.yml"));
        Object value = sources.getFirst().getProperty(key);
        assertThat(value).as("%s in application.yml", key).isNotNull();
        return value.toString();
    }

    /** The site's port, as the image exposes it first (the Dockerfile's EXPOSE), which is Boot's default, 8080. */
    private static int publicPortOfTheImage() throws IOException {
        String expose = Files.readAllLines(Path.of("Dockerfile")).stream()
                .filter(line -> line.startsWith("EXPOSE "))
                .findFirst()
                .orElseThrow();
        int port = Integer.parseInt(expose.split("\\s+")[1]);
        assertThat(port).isEqualTo(8080);
        return port;
    }

    private static Map<String, Object> container() throws IOException {
        Map<String, Object> deployment = document(BASE.resolve("deployment.yaml"));
        List<Map<String, Object>> containers = maps(at(deployment, "spec", "template", "spec", "containers"));
        return containers.getFirst();
    }

    private static int port(Map<String, Object> container, String name) {
        List<Map<String, Object>> ports = maps(container.get("ports"));
        return ports.stream()
                .filter(port -> name.equals(port.get("name")))
                .map(port -> ((Number) port.get("containerPort")).intValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port " + name));
    }

    private static Map<String, Object> document(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            assertThat(value).as("%s in %s", key, String.join(".", keys)).isInstanceOf(Map.class);
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> map, String... keys) {
        Object value = at(map, keys);
        assertThat(value).as(String.join(".", keys)).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<String>) value;
    }
}
