package io.fastjpa.internal.jaxrs;

import io.fastjpa.internal.Messages;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.logging.Level;

/**
 * Answers a request body that cannot be read (malformed JSON, a string where a number belongs) with a 400 problem
 * instead of the 500 a JSON provider's exception would give. Only reading the body is covered, so a failure while
 * writing a response stays a server error. The parser's message is logged, not sent: it may name internal classes.
 */
@Provider
public final class RequestBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            Messages.LOG.log(Level.FINE, "FASTJPA-071: unreadable request body", e);
            Problem problem = Problem.of(
                    "invalid-body",
                    "Invalid request body",
                    400,
                    "The request body could not be read as " + context.getMediaType() + " of the expected shape.");
            throw new BadRequestException(problem.detail(), problem.toResponse());
        }
    }
}
