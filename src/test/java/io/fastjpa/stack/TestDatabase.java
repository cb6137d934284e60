package io.fastjpa.stack;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A database of its own for one test class: an in-memory H2 database, or a fresh database created on the local
 * PostgreSQL server (127.0.0.1:5432, user postgres) and dropped afterwards. Where PostgreSQL is not running the
 * PostgreSQL tests are skipped, except on CI ({@code CI=true}), where they fail.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String url;
    private final String user;
    private final String password;
    private final Runnable drop;

    private TestDatabase(String url, String user, String password, Runnable drop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    /** @return a new in-memory H2 database, in the mode EclipseLink's IDENTITY DDL needs */
    public static TestDatabase h2(String name) {
        return new TestDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY", "", "", () -> {});
    }

    /** @return a new database on the local PostgreSQL server */
    public static TestDatabase postgres(String name) {
        String database = ("fastjpa_" + name + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        String admin = POSTGRES_SERVER + "postgres";
        try {
            update(admin, "postgres", "", "CREATE DATABASE " + database);
        } catch (IllegalStateException e) {
            boolean onCi = "true".equalsIgnoreCase(System.getenv("CI"));
            if (onCi) {
                throw new IllegalStateException("PostgreSQL must run on 127.0.0.1:5432 for CI", e);
            }
            assumeTrue(
                    false,
                    "PostgreSQL is not running on 127.0.0.1:5432: "
                            + e.getCause().getMessage());
        }
        return new TestDatabase(
                POSTGRES_SERVER + database,
                "postgres",
                "",
                () -> update(admin, "postgres", "", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** @return the number a counting query returns, read on a connection of its own (committed data only) */
    public long count(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement on a connection of its own, committed at once. */
    public void execute(String sql) {
        update(url, user, password, sql);
    }

    private static void update(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        drop.run();
    }
}
