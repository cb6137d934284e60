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

    private static final String UNIT_PROPERTY = "io.fastjpa.unit";

    private static final RequestEventListener ON_EXCEPTION = event -> {
        if (event.getType() == RequestEvent.Type.ON_EXCEPTION
                && event.getContainerRequest().getProperty(UNIT_PROPERTY) instanceof RequestUnit unit) {
            unit.failed(event.getException());
        }
    };

    @Override
    public void onEvent(ApplicationEvent event) {}

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return ON_EXCEPTION;
    }
}
