package io.fastjpa.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Nested
    class Of {

        @Test
        void shouldPrefixTheTypeAndHaveNoExtensions() {
            Problem problem = Problem.of("conflict", "Conflict", 409, "detail");

            assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:conflict");
            assertThat(problem.title()).isEqualTo("Conflict");
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.detail()).isEqualTo("detail");
            assertThat(problem.extensions()).isEmpty();
            assertThat(problem.retryAfterSeconds()).isNull();
        }
    }

    @Nested
    class Extensions {

        @Test
        void shouldKeepTheOrderOfTheMembers() {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("z", 1);
            members.put("a", 2);
            members.put("m", 3);

            Problem problem = Problem.of("x", "X", 400, null).with(members);

            assertThat(problem.extensions()).containsExactly(entry("z", 1), entry("a", 2), entry("m", 3));
        }

        @Test
        void shouldCopyTheMembers() {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("a", 1);

            Problem problem = Problem.of("x", "X", 400, null).with(members);
            members.put("b", 2);

            assertThat(problem.extensions()).containsExactly(entry("a", 1));
        }

        @Test
        void shouldBeUnmodifiable() {
            Problem problem = Problem.of("x", "X", 400, null).with(Map.of("a", 1));

            assertThatThrownBy(() -> problem.extensions().put("b", 2))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void shouldKeepTheOtherComponents() {
            Problem problem = Problem.of("x", "X", 503, "d").retryAfter(5).with(Map.of("a", 1));

            assertThat(problem).isEqualTo(new Problem("urn:fastjpa:problem:x", "X", 503, "d", Map.of("a", 1), 5));
        }
    }

    @Nested
    class ToResponse {

        @Test
        void shouldCarryTheProblemAsProblemJson() {
            Problem problem = Problem.of("conflict", "Conflict", 409, "detail");

            Response response = problem.toResponse();

            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getMediaType()).hasToString("application/problem+json");
            assertThat(response.getEntity()).isSameAs(problem);
            assertThat(response.getHeaderString("Retry-After")).isNull();
        }

        @Test
        void shouldSetRetryAfterWhenAsked() {
            Problem problem = Problem.of("database-unavailable", "Service Unavailable", 503, null)
                    .retryAfter(5);

            Response response = problem.toResponse();

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        }
    }
}
