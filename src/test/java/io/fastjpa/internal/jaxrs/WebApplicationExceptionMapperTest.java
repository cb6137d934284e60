package io.fastjpa.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {

    private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

    @Nested
    class ClientErrors {

        @Test
        void shouldAnswerWithAProblemCarryingTheMessage() {
            Response response = mapper.toResponse(new NotFoundException("Hero not found"));

            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getMediaType()).hasToString("application/problem+json");
            assertThat(problemOf(response)).isEqualTo(Problem.of("not-found", "Not Found", 404, "Hero not found"));
        }

        @Test
        void shouldDropTheRuntimesDefaultMessage() {
            NotFoundException exception = new NotFoundException();
            assertThat(exception.getMessage()).isEqualTo("HTTP 404 Not Found");

            Problem problem = problemOf(mapper.toResponse(exception));

            assertThat(problem.detail()).isNull();
            assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:not-found");
        }

        @Test
        void shouldSlugMultiWordTitles() {
            Problem problem = problemOf(mapper.toResponse(new NotAllowedException("GET", new String[0])));

            assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:method-not-allowed");
            assertThat(problem.title()).isEqualTo("Method Not Allowed");
            assertThat(problem.status()).isEqualTo(405);
        }

        @Test
        void shouldKeepTheAllowHeader() {
            Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"}));

            assertThat(response.getAllowedMethods()).containsExactlyInAnyOrder("GET", "POST");
            assertThat(response.getMediaType()).hasToString("application/problem+json");
        }

        @Test
        void shouldKeepTheAuthenticationChallenge() {
            Response response = mapper.toResponse(new NotAuthorizedException("Bearer realm=\"heroes\""));

            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer realm=\"heroes\"");
            assertThat(problemOf(response).title()).isEqualTo("Unauthorized");
        }

        @Test
        void shouldCarryTheMessageOfAGenericException() {
            Problem problem = problemOf(mapper.toResponse(new WebApplicationException("Name is taken", 409)));

            assertThat(problem).isEqualTo(Problem.of("conflict", "Conflict", 409, "Name is taken"));
        }

        @Test
        void shouldNameAStatusWithoutStandardReasonPhraseByNumber() {
            Problem problem = problemOf(mapper.toResponse(
                    new ClientErrorException(Response.status(499).build())));

            assertThat(problem).isEqualTo(Problem.of("http-499", "HTTP 499", 499, null));
        }

        @Test
        void shouldGiveAStatusMissingFromTheStatusEnumANonBlankTitle() {
            Problem problem = problemOf(mapper.toResponse(new WebApplicationException("Name too long", 422)));

            assertThat(problem)
                    .isEqualTo(Problem.of("unprocessable-content", "Unprocessable Content", 422, "Name too long"));
        }
    }

    @Nested
    class ServerErrors {

        @Test
        void shouldNeverCarryTheMessage() {
            Problem problem =
                    problemOf(mapper.toResponse(new InternalServerErrorException("SECRET connection to db:5432")));

            assertThat(problem).isEqualTo(Problem.of("internal-server-error", "Internal Server Error", 500, null));
        }

        @Test
        void shouldKeepRetryAfter() {
            Response response = mapper.toResponse(new ServiceUnavailableException("SECRET maintenance", 120L));

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("120");
            assertThat(problemOf(response).detail()).isNull();
        }
    }

    @Nested
    class ExistingBody {

        @Test
        void shouldReturnAResponseWithAnEntityUnchanged() {
            Response original = Response.status(409).entity("custom body").build();

            Response response = mapper.toResponse(new WebApplicationException(original));

            assertThat(response).isSameAs(original);
            assertThat(response.getEntity()).isEqualTo("custom body");
        }

        @Test
        void shouldReturnAProblemResponseUnchanged() {
            Response original = Problem.of("x", "X", 400, "already a problem").toResponse();

            assertThat(mapper.toResponse(new WebApplicationException(original))).isSameAs(original);
        }
    }

    @Nested
    class NonErrorStatuses {

        @Test
        void shouldLeaveANotModifiedResponseWithoutBody() {
            Response original = Response.notModified(new EntityTag("v1")).build();

            Response response = mapper.toResponse(new WebApplicationException(original));

            assertThat(response).isSameAs(original);
            assertThat(response.hasEntity()).isFalse();
            assertThat(response.getEntityTag()).isEqualTo(new EntityTag("v1"));
        }

        @Test
        void shouldLeaveARedirectWithoutBody() {
            RedirectionException redirect =
                    new RedirectionException(Response.Status.SEE_OTHER, URI.create("/heroes/1"));

            Response response = mapper.toResponse(redirect);

            assertThat(response.getStatus()).isEqualTo(303);
            assertThat(response.hasEntity()).isFalse();
            assertThat(response.getLocation()).isEqualTo(URI.create("/heroes/1"));
        }
    }

    private static Problem problemOf(Response response) {
        assertThat(response.getEntity()).isInstanceOf(Problem.class);
        return (Problem) response.getEntity();
    }
}
