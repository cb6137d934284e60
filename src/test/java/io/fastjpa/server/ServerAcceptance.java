package io.fastjpa.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acceptance checks of the standalone suite, over HTTP against the heroes WAR in an application server: FastSQLA's
 * JSON, problem bodies, 404, 409, rollback after a failure, commit before the answer, seeding by a {@code Transactor}
 * in a start-up observer. Subclasses deploy the WAR in one scenario.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServerAcceptance {

    // HTTP/1.1: an h2c upgrade attempt is not what these checks are about.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** @return the deployed application's base URL, ending with {@code /} */
    abstract URL base();

    // First: the checks that create heroes change the totals.
    @Test
    @Order(1)
    void shouldAnswerFastSqlasSecondPageExactly() {
        HttpResponse<String> response = get("heroes?offset=10&limit=10");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .isEqualTo("{\"data\":["
                        + "{\"name\":\"The Flash\",\"secret_identity\":\"Barry Allen\",\"age\":28,\"id\":11},"
                        + "{\"name\":\"Green Lantern\",\"secret_identity\":\"Hal Jordan\",\"age\":35,\"id\":12}],"
                        + "\"meta\":{\"offset\":10,\"total_items\":12,\"total_pages\":2,\"page_number\":2}}");
    }

    @Test
    void shouldAnswerOneHeroAsItem() {
        HttpResponse<String> response = get("heroes/8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"data\":{\"name\":\"Thor\",\"secret_identity\":\"Thor Odinson\",\"age\":1500,\"id\":8}}");
    }

    @ParameterizedTest
    @CsvSource({"limit=0, limit, 1, 100", "limit=101, limit, 1, 100", "offset=-1, offset, 0, 2147483547"})
    void shouldRejectInvalidPageParametersWithProblem(String query, String parameter, long min, long max) {
        HttpResponse<String> response = get("heroes?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .startsWith("{\"type\":\"urn:fastjpa:problem:invalid-parameter\",\"title\":\"Invalid query"
                        + " parameter\",\"status\":400,")
                .contains("\"parameter\":\"" + parameter + "\"")
                .contains("\"minimum\":" + min + ",\"maximum\":" + max);
    }

    @Test
    void shouldAnswerNotFoundProblem() {
        HttpResponse<String> response = get("heroes/4242");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .isEqualTo("{\"type\":\"urn:fastjpa:problem:not-found\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"Hero not found\"}");
    }

    @Test
    void shouldCreateAndCommitBeforeAnswering() {
        String name = unique("Robin");
        HttpResponse<String> response =
                post("heroes", "{\"name\":\"" + name + "\",\"secret_identity\":\"Dick Grayson\",\"age\":18}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body())
                .matches("\\{\"data\":\\{\"name\":\"" + name + "\",\"secret_identity\":\"Dick Grayson\",\"age\":18,"
                        + "\"id\":\\d+}}");
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).matches(".*/heroes/\\d+"));
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void shouldAnswerConflictForDuplicateNameAndKeepNothing() {
        HttpResponse<String> response =
                post("heroes", "{\"name\":\"Batman\",\"secret_identity\":\"Someone else\",\"age\":40}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .startsWith("{\"type\":\"urn:fastjpa:problem:conflict\",\"title\":\"Conflict\",\"status\":409")
                .doesNotContainIgnoringCase("insert")
                .doesNotContain("Exception");
        assertThat(count("Batman")).isEqualTo(1);
    }

    @Test
    void shouldRejectMalformedBodyWithProblem() {
        HttpResponse<String> response = post("heroes", "{bad json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .startsWith("{\"type\":\"urn:fastjpa:problem:invalid-body\",\"title\":\"Invalid request body\","
                        + "\"status\":400,")
                .doesNotContain("Exception");
    }

    @Test
    void shouldRollBackWhenTheResourceThrowsAfterWriting() {
        String name = unique("Thrower");
        HttpResponse<String> response = post("probe/heroes/then-throw?name=" + name, "");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("SECRET").doesNotContain("Exception");
        assertThat(count(name)).isZero();
    }

    @Test
    void shouldNeverAnswerSuccessWhenTheCommitFails() {
        HttpResponse<String> response = post("probe/heroes/unflushed?name=Superman", "");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(count("Superman")).isEqualTo(1);
    }

    @Test
    void shouldListenOnLoopbackOnly() {
        assumeTrue(ListeningSockets.available(), "the listening sockets are read from Linux's /proc");
        int port = base().getPort();
        long server = ListeningSockets.processListeningOn(port)
                .orElseThrow(() -> new AssertionError("no process visible to the tests listens on port " + port));

        assertThat(ListeningSockets.of(server))
                .as("the sockets of the server (process %d) that listen or are bound", server)
                .isNotEmpty()
                .allSatisfy(socket -> assertThat(socket.address().isLoopbackAddress())
                        .as("%s is on a loopback address", socket)
                        .isTrue());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long count(String name) {
        HttpResponse<String> response = get("probe/heroes/count?name=" + name);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String body = response.body();
        return Long.parseLong(body.substring(body.indexOf(':') + 1, body.lastIndexOf('}')));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        String base = base().toExternalForm();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
