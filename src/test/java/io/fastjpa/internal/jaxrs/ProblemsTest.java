package io.fastjpa.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemsTest {

    static final String SECRET = "SECRET select * from users password=hunter2";

    @Nested
    class BySqlState {

        @ParameterizedTest
        @ValueSource(strings = {"23505", "23503", "23502", "23000"})
        void shouldAnswerAnIntegrityViolationWithConflict(String sqlState) {
            assertConflict(Problems.of(persistenceFailure(sqlState)));
        }

        @Test
        void shouldFindTheSqlStateTwoCausesDown() {
            Throwable failure =
                    new RollbackException(SECRET, new PersistenceException(SECRET, new SQLException(SECRET, "23505")));

            assertConflict(Problems.of(failure));
        }

        @Test
        void shouldFindTheSqlStateBehindAWrapperWithoutOne() {
            Throwable failure =
                    new PersistenceException(SECRET, new SQLException(SECRET, null, new SQLException(SECRET, "23505")));

            assertConflict(Problems.of(failure));
        }

        @Test
        void shouldFindTheSqlStateOfTheNextException() {
            SQLException batch = new SQLException(SECRET);
            batch.setNextException(new SQLException(SECRET, "23505"));

            assertConflict(Problems.of(new PersistenceException(SECRET, batch)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"22001", "22003", "22021", "22P05"})
        void shouldAnswerADataExceptionWithUnprocessableContent(String sqlState) {
            Problem problem = Problems.of(persistenceFailure(sqlState));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:invalid-data");
            assertThat(problem.title()).isEqualTo("Invalid data");
            assertThat(problem.detail())
                    .isEqualTo("A value does not fit the database: too long, out of range or malformed.");
            assertThat(problem.retryAfterSeconds()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"08001", "08006", "57P01", "57P03", "HYT00", "HYT01"})
        void shouldAnswerAnUnreachableDatabaseWithUnavailableAfterFiveSeconds(String sqlState) {
            Problem problem = Problems.of(persistenceFailure(sqlState));

            assertUnavailable(problem, 5);
            assertThat(problem.detail()).isEqualTo("The database is unavailable; retry the request later.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"40001", "40P01"})
        void shouldAnswerALostConcurrencyRaceWithUnavailableAfterOneSecond(String sqlState) {
            Problem problem = Problems.of(persistenceFailure(sqlState));

            assertUnavailable(problem, 1);
            assertThat(problem.detail()).isEqualTo("The request conflicted with a concurrent one; retry it.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"42P01", "42000", "HY000", "40002"})
        void shouldAnswerAnUnclassifiedSqlStateWithDatabaseError(String sqlState) {
            assertDatabaseError(Problems.of(persistenceFailure(sqlState)));
        }

        @Test
        void shouldClassifyBySqlStateBeforeExceptionType() {
            Throwable failure = new PessimisticLockException(SECRET, new SQLException(SECRET, "40P01"));

            assertUnavailable(Problems.of(failure), 1);
        }
    }

    @Nested
    class ByExceptionType {

        @Test
        void shouldAnswerAnOptimisticLockFailureWithConflict() {
            assertConflict(Problems.of(new OptimisticLockException(SECRET)));
        }

        @Test
        void shouldAnswerAnExistingEntityWithConflict() {
            assertConflict(Problems.of(new PersistenceException(SECRET, new EntityExistsException(SECRET))));
        }

        @Test
        void shouldAnswerAMissingEntityWithNotFound() {
            Problem problem = Problems.of(new EntityNotFoundException(SECRET));

            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:not-found");
            assertThat(problem.title()).isEqualTo("Not Found");
            assertThat(problem.detail()).isEqualTo("The requested entity does not exist.");
        }

        @Test
        void shouldAnswerALockTimeoutWithUnavailable() {
            assertUnavailable(Problems.of(new LockTimeoutException(SECRET)), 1);
        }

        @Test
        void shouldAnswerAPessimisticLockFailureWithUnavailable() {
            assertUnavailable(Problems.of(new PessimisticLockException(SECRET)), 1);
        }

        @Test
        void shouldAnswerAQueryTimeoutWithUnavailable() {
            assertUnavailable(Problems.of(new QueryTimeoutException(SECRET)), 1);
        }

        @Test
        void shouldAnswerAPoolTimeoutWithUnavailable() {
            Throwable failure = new PersistenceException(SECRET, new SQLTransientConnectionException(SECRET));

            Problem problem = Problems.of(failure);

            assertUnavailable(problem, 1);
            assertThat(problem.detail()).isEqualTo("The database is busy; retry the request.");
        }

        @Test
        void shouldAnswerAnUnknownPersistenceFailureWithDatabaseError() {
            assertDatabaseError(Problems.of(new PersistenceException(SECRET)));
        }

        @Test
        void shouldAnswerAnSqlExceptionWithoutStateWithDatabaseError() {
            assertDatabaseError(Problems.of(new IllegalStateException(SECRET, new SQLException(SECRET))));
        }

        @Test
        void shouldAnswerAnyOtherFailureWithInternalError() {
            Problem problem = Problems.of(new RuntimeException(SECRET, new IllegalArgumentException(SECRET)));

            assertThat(problem.status()).isEqualTo(500);
            assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:internal-error");
            assertThat(problem.title()).isEqualTo("Internal Server Error");
            assertThat(problem.detail()).isEqualTo("The server failed to process the request.");
            assertThat(problem.retryAfterSeconds()).isNull();
        }

        @Test
        void shouldStopAtACyclicCauseChain() {
            RuntimeException first = new RuntimeException(SECRET);
            RuntimeException second = new RuntimeException(SECRET, first);
            first.initCause(second);

            assertThat(Problems.of(first).type()).isEqualTo("urn:fastjpa:problem:internal-error");
        }
    }

    @Nested
    class Secrecy {

        static Stream<Throwable> failures() {
            SQLException batch = new SQLException(SECRET);
            batch.setNextException(new SQLException(SECRET, "23505"));
            return Stream.of(
                    persistenceFailure("23505"),
                    persistenceFailure("22001"),
                    persistenceFailure("08006"),
                    persistenceFailure("40001"),
                    persistenceFailure("42P01"),
                    new PersistenceException(SECRET, batch),
                    new OptimisticLockException(SECRET),
                    new EntityNotFoundException(SECRET),
                    new QueryTimeoutException(SECRET),
                    new PersistenceException(SECRET),
                    new RuntimeException(SECRET));
        }

        @ParameterizedTest
        @MethodSource("failures")
        void shouldNeverRepeatTheExceptionsMessage(Throwable failure) {
            Problem problem = Problems.of(failure);

            assertThat(List.of(problem.type(), problem.title(), String.valueOf(problem.detail())))
                    .noneMatch(text -> text.contains("SECRET") || text.contains("hunter2") || text.contains("select"));
            assertThat(problem.extensions()).isEmpty();
            assertThat(ProblemWriter.toJson(problem)).doesNotContain("SECRET", "hunter2", "users");
        }
    }

    static Throwable persistenceFailure(String sqlState) {
        return new PersistenceException(SECRET, new SQLException(SECRET, sqlState));
    }

    private static void assertConflict(Problem problem) {
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:conflict");
        assertThat(problem.title()).isEqualTo("Conflict");
        assertThat(problem.detail())
                .isEqualTo(
                        "The change conflicts with existing data: a uniqueness or reference constraint was violated.");
        assertThat(problem.retryAfterSeconds()).isNull();
    }

    private static void assertUnavailable(Problem problem, int retryAfterSeconds) {
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:database-unavailable");
        assertThat(problem.title()).isEqualTo("Service Unavailable");
        assertThat(problem.retryAfterSeconds()).isEqualTo(retryAfterSeconds);
    }

    private static void assertDatabaseError(Problem problem) {
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo("urn:fastjpa:problem:database-error");
        assertThat(problem.title()).isEqualTo("Database error");
        assertThat(problem.detail()).isEqualTo("The database could not process the request.");
        assertThat(problem.retryAfterSeconds()).isNull();
    }
}
