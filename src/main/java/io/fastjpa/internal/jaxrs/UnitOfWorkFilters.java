package io.fastjpa.internal.jaxrs;

import io.fastjpa.internal.Messages;
import io.fastjpa.internal.SessionManager;
import io.fastjpa.internal.SessionManager.RequestUnit;
import io.fastjpa.internal.UnitPolicy;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.util.logging.Level;

/**
 * The unit of work of a resource method, bound per method by {@link ResourceUnitFeature}: the request filter begins
 * it, the response filter ends it. Response filters run after the resource method (and any exception mapper) and
 * before the entity is written, so the commit happens before the client sees a byte, and a failed commit replaces
 * the response with a problem.
 */
final class UnitOfWorkFilters {

    private UnitOfWorkFilters() {}

    // Resolved on first use: Jersey's CDI SE integration boots the container after providers are configured.
    private static final class Sessions {
        private volatile SessionManager sessions;

        SessionManager get() {
            SessionManager current = sessions;
            if (current == null) {
                current = CDI.current().select(SessionManager.class).get();
                sessions = current;
            }
            return current;
        }
    }

    static final class Begin implements ContainerRequestFilter {
        private final UnitPolicy policy;
        private final Sessions sessions = new Sessions();

        Begin(UnitPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            RequestUnit unit = sessions.get().beginRequestUnit(policy);
            if (unit != null) {
                request.setProperty(RequestUnit.PROPERTY, unit);
            }
        }
    }

    static final class End implements ContainerResponseFilter {

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            Object unit = request.getProperty(RequestUnit.PROPERTY);
            if (!(unit instanceof RequestUnit requestUnit)) {
                return;
            }
            request.removeProperty(RequestUnit.PROPERTY);
            try {
                requestUnit.complete(response.getStatus());
            } catch (RuntimeException e) {
                replaceWithProblem(response, e);
            }
        }

        private static void replaceWithProblem(ContainerResponseContext response, RuntimeException failure) {
            Problem problem = Problems.of(failure);
            Messages.LOG.log(Level.WARNING, Messages.answeredWithProblem(problem.status()), failure);
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.getHeaders().remove(HttpHeaders.CONTENT_LOCATION);
            response.getHeaders().remove(HttpHeaders.ETAG);
            response.getHeaders().remove(HttpHeaders.LAST_MODIFIED);
            if (problem.retryAfterSeconds() != null) {
                response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds());
            }
            response.setStatus(problem.status());
            response.setEntity(problem, new Annotation[0], Problem.MEDIA_TYPE_OBJECT);
        }
    }
}
