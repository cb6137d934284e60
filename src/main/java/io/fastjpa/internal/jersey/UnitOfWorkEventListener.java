package io.fastjpa.internal.jersey;

import io.fastjpa.internal.SessionManager.RequestUnit;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Tells the request's unit of work about every exception Jersey sees, also those an exception mapper turns into a
 * successful response, so the unit rolls back (subject to {@code rollbackOn}/{@code dontRollbackOn}).
 */
public final class UnitOfWorkEventListener implements ApplicationEventListener {

    private static final RequestEventListener ON_EXCEPTION = event -> {
        if (event.getType() == RequestEvent.Type.ON_EXCEPTION
                && event.getContainerRequest().getProperty(RequestUnit.PROPERTY) instanceof RequestUnit unit) {
            unit.failed(applicationException(event.getException()));
        }
    };

    private static final String MAPPABLE_EXCEPTION = "org.glassfish.jersey.server.internal.process.MappableException";

    // Jersey reports a resource method's exception wrapped in its internal MappableException; rollbackOn and
    // dontRollbackOn are about the application's exception.
    private static Throwable applicationException(Throwable reported) {
        Throwable exception = reported;
        while (exception.getClass().getName().equals(MAPPABLE_EXCEPTION) && exception.getCause() != null) {
            exception = exception.getCause();
        }
        return exception;
    }

    @Override
    public void onEvent(ApplicationEvent event) {}

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return ON_EXCEPTION;
    }
}
