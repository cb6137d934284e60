package io.fastjpa.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fastjpa.stack.FullStack;
import io.fastjpa.stack.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs {@code examples/shop} as it ships: its sources compiled against the library, its
 * {@code META-INF/fastjpa.properties} and Flyway migrations, in a JVM of its own, on two fresh PostgreSQL databases
 * (the only settings given are their URLs), and sends the requests its README shows. PostgreSQL only, once: in the
 * {@code postgres-eclipselink} run, the example's own provider.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the README's order: the list shows the seeded products only
class ShopExampleIT {

    private static final Path EXAMPLE = Path.of("examples", "shop");
    private static final Path WORK = Path.of("target", "shop-example-it");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private TestDatabase shop;
    private TestDatabase audit;
    private Process example;
    private Path log;
    private URI base;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(
                "postgres".equals(System.getProperty(TestDatabase.DATABASE_PROPERTY))
                        && "eclipselink".equals(FullStack.provider()),
                "the shop example runs on PostgreSQL with EclipseLink: in the postgres-eclipselink run only");
        shop = TestDatabase.postgres("shop_it");
        audit = TestDatabase.postgres("shop_it_audit");
        Path classes = compileExample();
        int port = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        log = WORK.resolve("example.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes + File.pathSeparator + String.join(File.pathSeparator, runtimeClassPath()),
                "-Dfastjpa.url=" + shop.url(),
                "-Dfastjpa.reader.url=" + shop.url(),
                "-Dfastjpa.audit.url=" + audit.url(),
                "io.fastjpa.examples.shop.ShopApp"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        example = builder.start();
        awaitStarted();
    }

    @AfterAll
    void stop() throws InterruptedException {
        try {
            if (example != null) {
                example.destroy();
                if (!example.waitFor(30, TimeUnit.SECONDS)) {
                    example.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            if (shop != null) {
                shop.close();
            }
            if (audit != null) {
                audit.close();
            }
        }
    }

    @Test
    @Order(1)
    void shouldListTheSeededProductsFromTheReplica() throws IOException {
        HttpResponse<String> response = get("/products?limit=2");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"data\":[{\"id\":1,\"name\":\"Teapot\",\"price_cents\":2500},"
                        + "{\"id\":2,\"name\":\"Kettle\",\"price_cents\":4000}],"
                        + "\"meta\":{\"offset\":0,\"total_items\":3,\"total_pages\":2,\"page_number\":1}}");
        assertThat(Files.readString(log))
                .contains("FASTJPA-057: database 'default' migrated from [classpath:db/migration/shop]")
                .contains("FASTJPA-057: database 'audit' migrated from [classpath:db/migration/audit]")
                .contains("FASTJPA-059: read-only units of work use database 'reader'");
    }

    @Test
    @Order(2)
    void shouldCreateAProductAndItsAuditEventInOneUnitOfWork() {
        HttpResponse<String> created = post("/products", "{\"name\":\"Teacup\",\"price_cents\":1200}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith(base + "/products/"));
        assertThat(created.body()).matches("\\{\"data\":\\{\"id\":\\d+,\"name\":\"Teacup\",\"price_cents\":1200}}");
        assertThat(shop.count("SELECT COUNT(*) FROM product WHERE name = 'Teacup'"))
                .isEqualTo(1);
        assertThat(get("/audit").body())
                .contains("\"action\":\"product-created\",\"subject\":\"Teacup\",\"occurred_at\":\"");
    }

    @Test
    @Order(3)
    void shouldRollBackBothDatabasesOnADuplicateName() {
        HttpResponse<String> response = post("/products", "{\"name\":\"Mug\",\"price_cents\":100}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("urn:fastjpa:problem:conflict");
        assertThat(shop.count("SELECT COUNT(*) FROM product WHERE name = 'Mug'"))
                .isEqualTo(1);
        assertThat(audit.count("SELECT COUNT(*) FROM audit_event WHERE subject = 'Mug'"))
                .isZero();
    }

    @Test
    @Order(4)
    void shouldAnswerProblemsForAMissingProductAndAnIncompleteBody() {
        assertThat(get("/products/42").statusCode()).isEqualTo(404);
        assertThat(post("/products", "{\"name\":\"Spoon\"}").statusCode()).isEqualTo(422);
        assertThat(shop.count("SELECT COUNT(*) FROM product WHERE name = 'Spoon'"))
                .isZero();
    }

    // javac on the example's sources, against the library and its dependencies; the resources go next to the classes,
    // where Weld finds beans.xml for them.
    private static Path compileExample() throws IOException {
        Path classes = WORK.resolve("classes");
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java"))
                    .map(Path::toString)
                    .toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of(
                "--release",
                "17",
                "-d",
                classes.toString(),
                "-cp",
                String.join(File.pathSeparator, runtimeClassPath())));
        arguments.addAll(sources);
        int result = javac.run(null, null, null, arguments.toArray(String[]::new));
        assertThat(result).as("javac of examples/shop").isZero();
        Path resources = EXAMPLE.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(resources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return classes;
    }

    // The build's test class path without the test classes (their beans.xml and entities are not the example's) and
    // without Hibernate, which the example does not ship: it runs on EclipseLink.
    private static List<String> runtimeClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .filter(entry -> !entry.contains(File.separator + "hibernate"))
                .toList();
    }

    // A port in 18250-18299 that nothing listens on now.
    private static int freePort() {
        for (int port = 18250; port < 18300; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException e) {
                // taken: try the next one
            }
        }
        throw new IllegalStateException("no free port in 18250-18299");
    }

    private void awaitStarted() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!example.isAlive()) {
                throw new IllegalStateException("the shop example exited:\n" + Files.readString(log));
            }
            try {
                client.send(
                        HttpRequest.newBuilder(base.resolve("/products")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the shop example did not answer within 90 s:\n" + Files.readString(log));
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
