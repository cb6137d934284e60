package io.fastjpa.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.FastJpaFeature;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An exhausted pool answers 503 with {@code Retry-After} once {@code pool.timeout} has passed, instead of letting the
 * request hang: a pool of one connection, held by a request that waits inside its transaction until the test lets it
 * go. Every wait is bounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolIT {

    private static final Map<String, String> ONE_CONNECTION =
            Map.of("fastjpa.pool.size", "1", "fastjpa.pool.timeout", "300");

    // A safety bound against hanging, far above the 300 ms timeout; not a performance assertion.
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private FullStack stack;

    @BeforeAll
    void start() {
        ONE_CONNECTION.forEach(System::setProperty);
        try {
            stack = FullStack.start("pool_it", new ResourceConfig(PoolResource.class).register(FastJpaFeature.class));
        } finally {
            ONE_CONNECTION.keySet().forEach(System::clearProperty);
        }
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void shouldAnswerServiceUnavailableToAReadWhileTheOnlyConnectionIsTaken() throws Exception {
        PoolResource.Gate gate = PoolResource.newGate();
        CompletableFuture<HttpResponse<String>> holder = hold(gate, "held-during-read");
        HttpResponse<String> refused;
        long took;
        try {
            long begin = System.nanoTime();
            refused = stack.get("/pool/count");
            took = System.nanoTime() - begin;
        } finally {
            gate.release.countDown();
        }

        assertServiceUnavailable(refused, took);
        assertCommitted(holder, "held-during-read");
    }

    @Test
    void shouldAnswerServiceUnavailableToAWriteWhileTheOnlyConnectionIsTaken() throws Exception {
        PoolResource.Gate gate = PoolResource.newGate();
        CompletableFuture<HttpResponse<String>> holder = hold(gate, "held-during-write");
        HttpResponse<String> refused;
        long took;
        try {
            long begin = System.nanoTime();
            refused = stack.post("/pool/hold?name=refused");
            took = System.nanoTime() - begin;
        } finally {
            gate.release.countDown();
        }

        assertServiceUnavailable(refused, took);
        assertCommitted(holder, "held-during-write");
        assertThat(stack.count("SELECT COUNT(*) FROM stack_gadget WHERE name = 'refused'"))
                .isZero();
    }

    @Test
    void shouldServeAgainOnceTheConnectionIsBack() throws Exception {
        PoolResource.Gate gate = PoolResource.newGate();
        CompletableFuture<HttpResponse<String>> holder = hold(gate, "held-then-released");
        gate.release.countDown();
        assertCommitted(holder, "held-then-released");

        HttpResponse<String> response = stack.get("/pool/count");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    // Sends a request that takes the only connection, and waits (bounded) until it has it.
    private CompletableFuture<HttpResponse<String>> hold(PoolResource.Gate gate, String name)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(stack.base().resolve("/pool/hold?name=" + name))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        CompletableFuture<HttpResponse<String>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        boolean holding = gate.holding.await(10, TimeUnit.SECONDS);
        if (!holding) {
            gate.release.countDown();
        }
        assertThat(holding).as("the first request holds the connection").isTrue();
        return response;
    }

    private static void assertServiceUnavailable(HttpResponse<String> response, long tookNanos) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"type\":\"urn:fastjpa:problem:database-unavailable\"");
        assertThat(Duration.ofNanos(tookNanos)).isLessThan(BOUND);
    }

    private void assertCommitted(CompletableFuture<HttpResponse<String>> holder, String name) throws Exception {
        HttpResponse<String> held = holder.get(30, TimeUnit.SECONDS);
        assertThat(held.statusCode()).isEqualTo(201);
        assertThat(stack.count("SELECT COUNT(*) FROM stack_gadget WHERE name = '" + name + "'"))
                .isEqualTo(1);
    }
}
