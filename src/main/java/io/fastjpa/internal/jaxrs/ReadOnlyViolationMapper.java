package io.fastjpa.internal.jaxrs;

import io.fastjpa.internal.ReadOnlyViolationException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a change attempted in a read-only unit of work with a 500 problem; the server log names the method. */
@Provider
@Priority(Priorities.USER + 1000)
public final class ReadOnlyViolationMapper implements ExceptionMapper<ReadOnlyViolationException> {

    @Override
    public Response toResponse(ReadOnlyViolationException exception) {
        return PersistenceExceptionMapper.answer(exception);
    }
}
