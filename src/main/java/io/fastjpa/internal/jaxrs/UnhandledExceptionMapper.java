package io.fastjpa.internal.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: any exception no other mapper takes is answered with a problem (classified like a persistence
 * failure when a database error is among its causes, else 500) instead of the container's HTML error page. The stack
 * trace goes to the log, never to the client. Any application mapper for a narrower type wins.
 */
@Provider
@Priority(Priorities.USER + 1000)
public final class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return PersistenceExceptionMapper.answer(exception);
    }
}
