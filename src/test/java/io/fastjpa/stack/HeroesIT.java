package io.fastjpa.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.examples.heroes.HeroesApp;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FastSQLA's heroes example, our acceptance test: the same requests give the same JSON, on every database and
 * provider the build runs it with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeroesIT {

    private FullStack stack;

    @BeforeAll
    void start() {
        stack = FullStack.start("heroes", HeroesApp.application());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Listing {

        @Test
        void shouldAnswerFastSqlasSecondPageExactly() {
            HttpResponse<String> response = stack.get("/heroes?offset=10&limit=10");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body())
                    .isEqualTo("{\"data\":["
                            + "{\"name\":\"The Flash\",\"secret_identity\":\"Barry Allen\",\"age\":28,\"id\":11},"
                            + "{\"name\":\"Green Lantern\",\"secret_identity\":\"Hal Jordan\",\"age\":35,\"id\":12}],"
                            + "\"meta\":{\"offset\":10,\"total_items\":12,\"total_pages\":2,\"page_number\":2}}");
        }

        @Test
        void shouldUseDefaultLimitOfTen() {
            HttpResponse<String> response = stack.get("/heroes");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .startsWith(
                            "{\"data\":[{\"name\":\"Superman\",\"secret_identity\":\"Clark Kent\",\"age\":30,\"id\":1},")
                    .endsWith("],\"meta\":{\"offset\":0,\"total_items\":12,\"total_pages\":2,\"page_number\":1}}")
                    .contains("\"id\":10}")
                    .doesNotContain("\"id\":11}");
        }

        @Test
        void shouldAnswerEmptyDataPastTheEnd() {
            HttpResponse<String> response = stack.get("/heroes?offset=100&limit=10");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .isEqualTo("{\"data\":[],\"meta\":{\"offset\":100,\"total_items\":12,\"total_pages\":2,"
                            + "\"page_number\":11}}");
        }

        @Test
        void shouldAcceptTheMaximumLimit() {
            HttpResponse<String> response = stack.get("/heroes?limit=100&offset=3");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .endsWith("\"meta\":{\"offset\":3,\"total_items\":12,\"total_pages\":1,\"page_number\":1}}");
        }

        @ParameterizedTest
        @CsvSource({
            "limit=0, limit, 1, 100",
            "limit=101, limit, 1, 100",
            "limit=abc, limit, 1, 100",
            "limit=, limit, 1, 100",
            "offset=-1, offset, 0, 2147483547",
            "offset=1.5, offset, 0, 2147483547",
            "offset=99999999999999999999999, offset, 0, 2147483547",
            "offset=2147483548, offset, 0, 2147483547"
        })
        void shouldRejectInvalidPageParametersWithProblem(String query, String parameter, long min, long max) {
            HttpResponse<String> response = stack.get("/heroes?" + query);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body())
                    .startsWith("{\"type\":\"urn:fastjpa:problem:invalid-parameter\",\"title\":\"Invalid query"
                            + " parameter\",\"status\":400,")
                    .contains("\"parameter\":\"" + parameter + "\"")
                    .contains("\"minimum\":" + min + ",\"maximum\":" + max)
                    .contains("Query parameter '" + parameter + "' must be a whole number from " + min + " to " + max);
        }
    }

    @Nested
    class Reading {

        @Test
        void shouldAnswerOneHeroAsItem() {
            HttpResponse<String> response = stack.get("/heroes/8");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .isEqualTo("{\"data\":{\"name\":\"Thor\",\"secret_identity\":\"Thor Odinson\",\"age\":1500,"
                            + "\"id\":8}}");
        }

        @Test
        void shouldAnswerNotFoundProblem() {
            HttpResponse<String> response = stack.get("/heroes/4242");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body())
                    .isEqualTo("{\"type\":\"urn:fastjpa:problem:not-found\",\"title\":\"Not Found\",\"status\":404,"
                            + "\"detail\":\"Hero not found\"}");
        }
    }

    @Nested
    class Creating {

        @AfterEach
        void removeCreatedHeroes() {
            stack.execute("DELETE FROM hero WHERE id > 12");
        }

        @Test
        void shouldCreateAndCommitBeforeAnswering() {
            HttpResponse<String> response =
                    stack.post("/heroes", "{\"name\":\"Robin\",\"secret_identity\":\"Dick Grayson\",\"age\":18}");

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body())
                    .matches("\\{\"data\":\\{\"name\":\"Robin\",\"secret_identity\":\"Dick"
                            + " Grayson\",\"age\":18,\"id\":\\d+}}");
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).matches(".*/heroes/\\d+");
            assertThat(stack.count("SELECT COUNT(*) FROM hero WHERE name = 'Robin'"))
                    .isEqualTo(1);
            assertThat(stack.get(location.substring(location.indexOf("/heroes")))
                            .body())
                    .contains("\"Robin\"");
        }

        @Test
        void shouldAnswerConflictForDuplicateNameAndKeepNothing() {
            long before = stack.count("SELECT COUNT(*) FROM hero");

            HttpResponse<String> response =
                    stack.post("/heroes", "{\"name\":\"Batman\",\"secret_identity\":\"Someone else\",\"age\":40}");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Location")).isEmpty();
            assertThat(response.body())
                    .startsWith("{\"type\":\"urn:fastjpa:problem:conflict\",\"title\":\"Conflict\",\"status\":409")
                    .doesNotContainIgnoringCase("insert")
                    .doesNotContain("Exception")
                    .doesNotContain("Batman");
            assertThat(stack.count("SELECT COUNT(*) FROM hero")).isEqualTo(before);
        }

        @Test
        void shouldRejectMalformedBodiesWithProblem() {
            for (String body : List.of("{bad json", "{\"name\":\"X\",\"secret_identity\":\"Y\",\"age\":\"old\"}")) {
                HttpResponse<String> response = stack.post("/heroes", body);

                assertThat(response.statusCode()).as(body).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(response.body())
                        .startsWith("{\"type\":\"urn:fastjpa:problem:invalid-body\",\"title\":\"Invalid request"
                                + " body\",\"status\":400,")
                        .doesNotContain("Exception")
                        .doesNotContain("yasson");
            }
        }

        @Test
        void shouldRejectIncompleteHero() {
            HttpResponse<String> response = stack.post("/heroes", "{\"name\":\"Nobody\"}");

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(stack.count("SELECT COUNT(*) FROM hero WHERE name = 'Nobody'"))
                    .isZero();
        }
    }
}
