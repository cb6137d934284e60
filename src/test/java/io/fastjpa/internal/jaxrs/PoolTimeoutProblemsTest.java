package io.fastjpa.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

/**
 * A pool that cannot hand out a connection in time, as the providers report it: HikariCP throws an
 * {@link SQLTransientConnectionException} without SQLState (or with the state of the last failed connection attempt as
 * its next exception); EclipseLink wraps it in its {@link DatabaseException} inside a {@link PersistenceException};
 * Hibernate in a {@code JDBCConnectionException}, a {@link PersistenceException} as well (seen in the full-stack pool
 * test, which runs on both).
 */
class PoolTimeoutProblemsTest {

    private static final String TIMEOUT =
            "fastjpa-default - Connection is not available, request timed out after 300ms (total=1, active=1)";

    @Test
    void shouldAnswerEclipseLinksWrappedPoolTimeoutWithUnavailable() {
        Throwable failure = new PersistenceException(
                DatabaseException.sqlException(new SQLTransientConnectionException(TIMEOUT), true));

        assertUnavailable(Problems.of(failure), 1);
    }

    @Test
    void shouldAnswerHibernatesWrappedPoolTimeoutWithUnavailable() {
        Throwable failure = new PersistenceException(
                "Unable to acquire JDBC Connection", new SQLTransientConnectionException(TIMEOUT, (String) null));

        assertUnavailable(Problems.of(failure), 1);
    }

    @Test
    void shouldAnswerAPoolTimeoutAfterAFailedConnectionAttemptByItsSqlState() {
        SQLException refused = new SQLException("Connection refused", "08001");
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(TIMEOUT, "08001", refused);
        timeout.setNextException(refused);

        assertUnavailable(Problems.of(new PersistenceException(timeout)), 5);
    }

    @Test
    void shouldAnswerAPoolTimeoutAfterARejectedLoginWithUnavailable() {
        SQLException rejected = new SQLException("password authentication failed", "28P01");
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(TIMEOUT, "28P01", rejected);

        assertUnavailable(Problems.of(new PersistenceException(timeout)), 1);
    }

    private static void assertUnavailable(Problem problem, int retryAfterSeconds) {
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:database-unavailable");
        assertThat(problem.retryAfterSeconds()).isEqualTo(retryAfterSeconds);
        assertThat(problem.detail()).doesNotContain("Connection is not available");
    }
}
