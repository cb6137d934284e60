package io.fastjpa.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Holds the current request's {@link Session}. Destroyed with the CDI request context, after the response has been
 * written, which is when the request's EntityManagers are closed, whatever happened before.
 */
@RequestScoped
public class RequestSession {

    private final Databases databases;
    private Session session;

    /** For the CDI client proxy only. */
    protected RequestSession() {
        this.databases = null;
    }

    @Inject
    RequestSession(Databases databases) {
        this.databases = databases;
    }

    Session session() {
        if (session == null) {
            session = new Session(databases);
        }
        return session;
    }

    @PreDestroy
    void close() {
        if (session != null) {
            session.close();
        }
    }
}
