package io.fastjpa.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.FastJpaFeature;
import jakarta.persistence.EntityManager;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The unit-of-work rules over HTTP on the real standalone stack: each test checks the database through its own JDBC
 * connection, which sees committed rows only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitOfWorkIT {

    private FullStack stack;

    @BeforeAll
    void start() {
        stack = FullStack.start(
                "unit_of_work_it",
                new ResourceConfig(GadgetResource.class, ToleratedMapper.class).register(FastJpaFeature.class));
        stack.execute("INSERT INTO stack_drawer (id, label) VALUES (1, 'tools')");
        stack.execute("INSERT INTO stack_gadget (name, drawer_id) VALUES ('hammer', 1), ('saw', 1)");
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private long rowsNamed(String name) {
        return stack.count("SELECT COUNT(*) FROM stack_gadget WHERE name = '" + name + "'");
    }

    @Nested
    class Commit {

        @Test
        void shouldCommitBeforeAnswering() {
            HttpResponse<String> response = stack.post("/gadgets?name=committed");

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body()).matches("\\{\"data\":\\{\"id\":\\d+,\"name\":\"committed\"}}");
            assertThat(rowsNamed("committed")).isEqualTo(1);
        }

        @Test
        void shouldAnswerConflictWhenTheCommitFailsAfterTheMethodReturned() {
            HttpResponse<String> response = stack.post("/gadgets/unflushed?name=hammer");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"type\":\"urn:fastjpa:problem:conflict\"");
            assertThat(rowsNamed("hammer")).isEqualTo(1);
        }

        @Test
        void shouldCommitUnitOfWorkOfAnApplicationScopedService() {
            HttpResponse<String> response = stack.post("/gadgets/through-service?name=from-service");

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(rowsNamed("from-service"))
                    .as("the service's @UnitOfWork must be intercepted under jersey-cdi2-se")
                    .isEqualTo(1);
        }

        @Test
        void shouldCommitDespiteExceptionListedInDontRollbackOn() {
            HttpResponse<String> response = stack.post("/gadgets/tolerated?name=tolerated");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(rowsNamed("tolerated")).isEqualTo(1);
        }

        @Test
        void shouldLetAnExplicitUnitOfWorkWriteInGet() {
            HttpResponse<String> response = stack.get("/gadgets/write-allowed?name=written-in-get");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(rowsNamed("written-in-get")).isEqualTo(1);
        }
    }

    @Nested
    class Rollback {

        @Test
        void shouldRollBackOnUnexpectedExceptionWithoutLeakingIt() {
            HttpResponse<String> response = stack.post("/gadgets/then-throw?name=thrown");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body())
                    .contains("\"type\":\"urn:fastjpa:problem:internal-error\"")
                    .doesNotContain("SECRET")
                    .doesNotContain("Exception")
                    .doesNotContain("at io.");
            assertThat(rowsNamed("thrown")).isZero();
        }

        @Test
        void shouldRollBackOnWebApplicationException() {
            HttpResponse<String> response = stack.post("/gadgets/then-bad-request?name=bad-request");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"detail\":\"rejected after the insert\"");
            assertThat(rowsNamed("bad-request")).isZero();
        }

        @Test
        void shouldRollBackWhenAnExceptionMapperAnswersSuccess() {
            HttpResponse<String> response = stack.post("/gadgets/then-mapped-to-ok?name=mapped");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("mapped");
            assertThat(rowsNamed("mapped")).isZero();
        }

        @Test
        void shouldRollBackOnErrorResponse() {
            HttpResponse<String> response = stack.post("/gadgets/error-response?name=error-response");

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(rowsNamed("error-response")).isZero();
        }

        @Test
        void shouldRollBackUnitOfWorkOfAFailingService() {
            HttpResponse<String> response = stack.post("/gadgets/through-failing-service?name=failed-service");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(rowsNamed("failed-service")).isZero();
        }
    }

    @Nested
    class ReadOnly {

        @Test
        void shouldRefusePersistInGet() {
            HttpResponse<String> response = stack.get("/gadgets/write-in-get?name=persisted-in-get");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("\"type\":\"urn:fastjpa:problem:read-only-unit-of-work\"");
            assertThat(rowsNamed("persisted-in-get")).isZero();
        }

        @Test
        void shouldRefuseToDropAChangeToAManagedEntityInGet() {
            HttpResponse<String> response = stack.get("/gadgets/1/rename-in-get?name=renamed-in-get");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("\"type\":\"urn:fastjpa:problem:read-only-unit-of-work\"");
            assertThat(rowsNamed("renamed-in-get")).isZero();
            assertThat(rowsNamed("hammer")).isEqualTo(1);
        }
    }

    @Nested
    class EntityManagerLifetime {

        @Test
        void shouldKeepTheEntityManagerOpenForLazyAssociationsAndCloseItAfterwards() {
            HttpResponse<String> response = stack.get("/gadgets/drawers/1");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("\"label\":\"tools\"")
                    .contains("\"name\":\"hammer\"")
                    .contains("\"name\":\"saw\"");
            assertThat(closedSoonAfterTheResponse()).isTrue();
        }

        @Test
        void shouldCloseTheEntityManagerWhenSerializationFails() {
            HttpResponse<String> response = stack.get("/gadgets/unserializable");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).doesNotContain("cannot serialize");
            assertThat(closedSoonAfterTheResponse()).isTrue();
        }

        // The request scope ends (closing the EntityManager) on the server thread right after the last byte is
        // sent, so the client may look first: wait for it, for 10 seconds at most.
        private boolean closedSoonAfterTheResponse() {
            EntityManager entityManager = GadgetResource.LAST_ENTITY_MANAGER.get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (entityManager.isOpen() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            return !entityManager.isOpen();
        }
    }
}
