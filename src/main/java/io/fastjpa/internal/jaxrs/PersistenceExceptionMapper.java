package io.fastjpa.internal.jaxrs;

import io.fastjpa.internal.Messages;
import jakarta.annotation.Priority;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;

/** Answers persistence failures that reach Jakarta REST with a classified problem; see {@link Problems}. */
@Provider
@Priority(Priorities.USER + 1000)
public final class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    @Override
    public Response toResponse(PersistenceException exception) {
        return answer(exception);
    }

    static Response answer(Throwable exception) {
        Problem problem = Problems.of(exception);
        Messages.LOG.log(
                problem.status() >= 500 ? Level.WARNING : Level.FINE,
                Messages.answeredWithProblem(problem.status()),
                exception);
        return problem.toResponse();
    }
}
