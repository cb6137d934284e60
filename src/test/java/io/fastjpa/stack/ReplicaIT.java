package io.fastjpa.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.FastJpaFeature;
import java.net.http.HttpResponse;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code fastjpa.replica=replica} over real HTTP, on two databases of the kind this run is for (two PostgreSQL
 * databases in the postgres runs) standing in for a primary and its replica. Nothing replicates between them, and each
 * is seeded with a row of its own, so every answer shows which database it came from: GETs read the replica, POSTs and
 * explicitly read-write GETs the primary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaIT {

    private static final String COUNT = "SELECT COUNT(*) FROM stack_gadget WHERE name = ";

    private TestDatabase replica;
    private FullStack stack;

    @BeforeAll
    void start() {
        replica = TestDatabase.create("replica_it_replica");
        try {
            stack = FullStack.start(
                    TestDatabase.create("replica_it_primary"),
                    new ResourceConfig(ReplicaResource.class).register(FastJpaFeature.class),
                    Map.of(
                            "fastjpa.replica", "replica",
                            "fastjpa.replica.url", replica.url(),
                            "fastjpa.replica.user", replica.user(),
                            "fastjpa.replica.password", replica.password(),
                            "fastjpa.replica.schema", "drop-and-create",
                            "fastjpa.replica.provider", FullStack.provider()));
        } catch (RuntimeException e) {
            replica.close();
            throw e;
        }
        stack.execute("INSERT INTO stack_gadget (name) VALUES ('on-primary')");
        replica.execute("INSERT INTO stack_gadget (name) VALUES ('on-replica')");
    }

    @AfterAll
    void stop() {
        try {
            if (stack != null) {
                stack.close();
            }
        } finally {
            replica.close();
        }
    }

    @Test
    void shouldReadAGetFromTheReplica() {
        HttpResponse<String> response = stack.get("/replica/gadgets");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":[\"on-replica\"]}");
    }

    @Test
    void shouldPageAndCountOnTheReplica() {
        HttpResponse<String> response = stack.get("/replica/gadgets/page");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"name\":\"on-replica\"")
                .doesNotContain("on-primary")
                .endsWith("\"meta\":{\"offset\":0,\"total_items\":1,\"total_pages\":1,\"page_number\":1}}");
    }

    @Test
    void shouldReadAReadWriteGetFromThePrimary() {
        HttpResponse<String> response = stack.get("/replica/gadgets/primary");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"on-primary\"").doesNotContain("on-replica");
    }

    @Test
    void shouldWriteAPostToThePrimary() {
        HttpResponse<String> response = stack.post("/replica/gadgets?name=posted");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(stack.count(COUNT + "'posted'")).isEqualTo(1);
        assertThat(replica.count(COUNT + "'posted'")).isZero();
        // Nothing replicates here: a GET right after the POST still reads the replica, as a lagging replica would.
        assertThat(stack.get("/replica/gadgets").body()).doesNotContain("posted");
        assertThat(stack.get("/replica/gadgets/primary").body()).contains("\"posted\"");
    }

    @Test
    void shouldFailLoudlyOnAChangeInAGetAndChangeNeitherDatabase() {
        HttpResponse<String> response = stack.get("/replica/gadgets/on-replica/rename?to=renamed");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("urn:fastjpa:problem:read-only-unit-of-work");
        assertThat(replica.count(COUNT + "'on-replica'")).isEqualTo(1);
        assertThat(stack.count(COUNT + "'renamed'")).isZero();
    }
}
