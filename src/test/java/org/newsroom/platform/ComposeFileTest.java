package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml}, as {@code docker-compose config} renders it (Debian's {@code docker-compose}, parsing
 * only: there is no Docker engine here), with and without the {@code s3} profile: Varnish is the only published port,
 * the app runs two replicas or more and trusts forwarded addresses from Varnish alone, its health check asks the
 * management port, every variable it sets is a setting of the application, and the profile adds MinIO with its
 * bucket. {@code .ci/run} installs {@code docker-compose}; elsewhere the test is skipped without it, but not in CI.
 */
class ComposeFileTest {

    static final Path COMPOSE = Path.of("/usr/bin/docker-compose");

    /** What .env.example asks for, as an operator's .env would give it. */
    static final Map<String, String> REQUIRED = Map.of(
            "NEWSROOM_DB_PASSWORD", "a-database-password",
            "NEWSROOM_ADMIN_EMAIL", "admin@example.org",
            "NEWSROOM_ADMIN_PASSWORD", "an-admin-password");

    @BeforeAll
    static void composeIsInstalled() {
        if (System.getenv("CI") == null) {
            assumeThat(Files.isExecutable(COMPOSE))
                    .as("docker-compose (Debian's)")
                    .isTrue();
        }
    }

    @Test
    void onlyVarnishPublishesAPortAndTheAppRunsReplicas() throws Exception {
        for (Map<String, Object> services : List.of(services(config(REQUIRED, false)), s3Services())) {
            for (Map.Entry<String, Object> service : services.entrySet()) {
                Map<String, Object> definition = map(service.getValue());
                if (service.getKey().equals("varnish")) {
                    List<Map<String, Object>> ports = maps(definition.get("ports"));
                    assertThat(ports).singleElement().satisfies(port -> {
                        assertThat(port.get("target")).isEqualTo(6081);
                        assertThat(port.get("published")).isEqualTo(8080);
                    });
                } else {
                    assertThat(definition).as(service.getKey()).doesNotContainKey("ports");
                }
            }
            Map<String, Object> app = map(services.get("app"));
            assertThat(((Number) at(app, "deploy", "replicas")).intValue()).isGreaterThanOrEqualTo(2);
            assertThat(strings(app.get("expose")))
                    .contains(KubernetesManifestsTest.applicationYml("management.server.port"));
        }
        Map<String, String> three = new HashMap<>(REQUIRED);
        three.put("NEWSROOM_REPLICAS", "3");
        assertThat(at(map(services(config(three, false)).get("app")), "deploy", "replicas"))
                .isEqualTo(3);
    }

    @Test
    void theAppBelievesForwardedAddressesFromVarnishOnlyAndVarnishFindsEveryReplica() throws Exception {
        Map<String, Object> rendered = config(REQUIRED, false);
        Map<String, Object> services = services(rendered);
        Map<String, Object> varnish = map(services.get("varnish"));
        Map<String, String> app = environment(map(services.get("app")));
        String address = (String) at(varnish, "networks", "newsroom", "ipv4_address");
        assertThat(app)
                .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                .containsEntry("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", address + "/32")
                .containsEntry("SERVER_SERVLET_SESSION_COOKIE_SECURE", "false")
                .containsEntry("NEWSROOM_CDN_BACKEND", "varnish")
                .containsEntry("NEWSROOM_CDN_VARNISH_URLS", "http://varnish:6081");
        List<Map<String, Object>> subnets = maps(at(rendered, "networks", "newsroom", "ipam", "config"));
        assertThat(subnets.getFirst().get("subnet")).isEqualTo("172.28.0.0/24");
        assertThat(address).startsWith("172.28.0.");

        List<String> command = strings(varnish.get("command"));
        assertThat(command).containsSubsequence("-a", ":6081");
        String vcl = command.get(command.indexOf("-f") + 1);
        assertThat(strings(varnish.get("volumes")))
                .singleElement()
                .asString()
                .endsWith("/deploy/varnish:/etc/varnish:ro");
        Path file = Path.of("deploy/varnish").resolve(Path.of(vcl).getFileName());
        String source = Files.readString(file);
        assertThat(source)
                .contains(
                        "import dynamic;",
                        "replicas.backend(\"app\")",
                        "\"172.28.0.0\"/24",
                        "include \"./newsroom.vcl\";");
        assertThat(Files.readString(Path.of("deploy/varnish/default.vcl"))).contains("include \"./newsroom.vcl\";");
    }

    @Test
    void theHealthCheckAsksForReadinessOnTheManagementPort() throws Exception {
        Map<String, Object> app = map(services(config(REQUIRED, false)).get("app"));
        String check = String.join(" ", strings(at(app, "healthcheck", "test")));
        String port = KubernetesManifestsTest.applicationYml("management.server.port");
        assertThat(check)
                .contains("/dev/tcp/127.0.0.1/" + port + " ")
                .contains("GET /actuator/health/readiness ")
                .contains("' 200 '");
        assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
                .contains("readinessstate:\n      enabled: true");
    }

    @Test
    void everyVariableTheAppIsGivenIsASettingOfTheApplication() throws Exception {
        Set<String> settings = KubernetesManifestsTest.knownSettings();
        for (Map<String, Object> services : List.of(services(config(REQUIRED, false)), s3Services())) {
            Map<String, String> environment = environment(map(services.get("app")));
            assertThat(environment.keySet()).hasSizeGreaterThan(15).allSatisfy(variable -> assertThat(
                            KubernetesManifestsTest.bindsTo(variable, settings))
                    .as("the setting that %s sets", variable)
                    .isNotEmpty());
        }
    }

    @Test
    void theS3ProfileAddsMinioWithItsBucketAndPointsTheAppAtIt() throws Exception {
        Map<String, Object> plain = services(config(REQUIRED, false));
        assertThat(active(plain).keySet()).containsExactlyInAnyOrder("db", "app", "varnish");
        assertThat(environment(map(plain.get("app")))).containsEntry("NEWSROOM_MEDIA_STORE", "filesystem");

        Map<String, Object> services = s3Services();
        Map<String, String> app = environment(map(services.get("app")));
        assertThat(app)
                .containsEntry("NEWSROOM_MEDIA_STORE", "s3")
                .containsEntry("NEWSROOM_MEDIA_S3_ENDPOINT", "http://minio:9000")
                .containsEntry("NEWSROOM_MEDIA_S3_SECRET_KEY", "a-minio-secret");
        Map<String, Object> minio = map(services.get("minio"));
        assertThat(strings(minio.get("profiles"))).containsExactly("s3");
        assertThat(environment(minio))
                .containsEntry("MINIO_ROOT_USER", app.get("NEWSROOM_MEDIA_S3_ACCESS_KEY"))
                .containsEntry("MINIO_ROOT_PASSWORD", "a-minio-secret");
        Map<String, Object> init = map(services.get("minio-init"));
        assertThat(strings(init.get("profiles"))).containsExactly("s3");
        assertThat(strings(init.get("command")))
                .containsExactly("mb", "--ignore-existing", "local/" + app.get("NEWSROOM_MEDIA_S3_BUCKET"));
        assertThat(environment(init).get("MC_HOST_local")).endsWith("@minio:9000");
        assertThat(init.get("restart")).isEqualTo("no");
    }

    @Test
    void withoutTheDatabasePasswordTheFileDoesNotRender() throws Exception {
        Map<String, String> missing = new HashMap<>(REQUIRED);
        missing.remove("NEWSROOM_DB_PASSWORD");
        Process process = compose(missing, false);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isNotZero();
        assertThat(errors).contains("set NEWSROOM_DB_PASSWORD");
    }

    private static Map<String, Object> s3Services() throws Exception {
        Map<String, String> environment = new HashMap<>(REQUIRED);
        environment.put("NEWSROOM_MEDIA_STORE", "s3");
        environment.put("NEWSROOM_S3_SECRET_KEY", "a-minio-secret");
        return services(config(environment, true));
    }

    /** The services that run without a profile. */
    private static Map<String, Object> active(Map<String, Object> services) {
        Map<String, Object> active = new TreeMap<>();
        services.forEach((name, service) -> {
            if (!map(service).containsKey("profiles")) {
                active.put(name, service);
            }
        });
        return active;
    }

    private static Map<String, Object> config(Map<String, String> environment, boolean s3) throws Exception {
        Process process = compose(environment, s3);
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("docker-compose config: %s", errors).isZero();
        return new Yaml().load(yaml);
    }

    private static Process compose(Map<String, String> environment, boolean s3) throws IOException {
        // An empty env file: an operator's .env in the working tree changes nothing here.
        Path noEnvFile = Files.createTempFile("compose", ".env");
        noEnvFile.toFile().deleteOnExit();
        List<String> command = new ArrayList<>(
                List.of(COMPOSE.toString(), "--env-file", noEnvFile.toString(), "-f", "docker-compose.yml"));
        if (s3) {
            command.addAll(List.of("--profile", "s3"));
        }
        command.add("config");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSROOM_") || name.startsWith("COMPOSE_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static Map<String, Object> services(Map<String, Object> rendered) {
        return map(rendered.get("services"));
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new TreeMap<>();
        map(service.get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    private static Object at(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            assertThat(value).as("%s in %s", key, String.join(".", keys)).isInstanceOf(Map.class);
            value = map(value).get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
