package io.fastjpa.internal.provider;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Set on EclipseLink (by class name, {@code eclipselink.session.customizer}) when FastJPA hands it a pooled
 * {@code DataSource}: a query or transaction whose connection could not be had is not retried.
 *
 * <p>EclipseLink takes every failed {@code DataSource.getConnection()} for a communication failure and by default retries
 * a read three times, five seconds apart, and a transaction likewise. Behind a pool that has already waited its timeout
 * (and checks connections before handing them out) that only delays the 503 by seconds: an exhausted pool must answer
 * within its {@code pool.timeout}.
 */
public final class EclipseLinkPoolCustomizer implements SessionCustomizer {

    /** The value of {@code eclipselink.session.customizer} that installs this customizer. */
    public static final String NAME = "io.fastjpa.internal.provider.EclipseLinkPoolCustomizer";

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
