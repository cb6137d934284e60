package io.fastjpa.internal.jaxrs;

import io.fastjpa.internal.ReadOnlyViolationException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a persistence failure into the problem a client should see, by SQLState and exception type, never by message
 * text: constraint violations are 409, bad data 422, an unreachable or overloaded database or a transaction lost to a
 * concurrent one 503 with {@code Retry-After}, anything else 500. No text from the exception reaches the client.
 */
public final class Problems {

    private Problems() {}

    /**
     * Classifies a failure of a unit of work or of a database call.
     *
     * @param failure the exception, with its causes
     * @return the problem to answer with
     */
    public static Problem of(Throwable failure) {
        List<Throwable> chain = causes(failure);
        for (Throwable cause : chain) {
            if (cause instanceof ReadOnlyViolationException) {
                return Problem.of(
                        "read-only-unit-of-work",
                        "Write in a read-only unit of work",
                        500,
                        "The server attempted a change in a read-only unit of work; nothing was saved.");
            }
        }
        String sqlState = sqlState(chain);
        if (sqlState != null) {
            Problem problem = bySqlState(sqlState);
            if (problem != null) {
                return problem;
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof OptimisticLockException || cause instanceof EntityExistsException) {
                return conflict();
            }
            if (cause instanceof EntityNotFoundException) {
                return Problem.of("not-found", "Not Found", 404, "The requested entity does not exist.");
            }
            if (cause instanceof LockTimeoutException
                    || cause instanceof PessimisticLockException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException) {
                return unavailable("The database is busy; retry the request.", 1);
            }
        }
        boolean database = chain.stream()
                .anyMatch(cause -> cause instanceof PersistenceException || cause instanceof SQLException);
        return database
                ? Problem.of("database-error", "Database error", 500, "The database could not process the request.")
                : Problem.of(
                        "internal-error", "Internal Server Error", 500, "The server failed to process the request.");
    }

    private static Problem bySqlState(String sqlState) {
        if (sqlState.startsWith("23")) {
            return conflict();
        }
        if (sqlState.startsWith("22")) {
            return Problem.of(
                    "invalid-data",
                    "Invalid data",
                    422,
                    "A value does not fit the database: too long, out of range or malformed.");
        }
        if (sqlState.startsWith("08")
                || sqlState.startsWith("57P")
                || sqlState.equals("HYT00")
                || sqlState.equals("HYT01")) {
            return unavailable("The database is unavailable; retry the request later.", 5);
        }
        if (sqlState.equals("40001") || sqlState.equals("40P01")) {
            return unavailable("The request conflicted with a concurrent one; retry it.", 1);
        }
        return null;
    }

    private static Problem conflict() {
        return Problem.of(
                "conflict",
                "Conflict",
                409,
                "The change conflicts with existing data: a uniqueness or reference constraint was violated.");
    }

    private static Problem unavailable(String detail, int retryAfterSeconds) {
        return Problem.of("database-unavailable", "Service Unavailable", 503, detail)
                .retryAfter(retryAfterSeconds);
    }

    private static String sqlState(List<Throwable> chain) {
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getSQLState() != null) {
                        return e.getSQLState();
                    }
                }
            }
        }
        return null;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 32; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
