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
 * PostgreSQL (127.0.0.1:5432, user postgres) or MariaDB (127.0.0.1:3306, user root) server and dropped afterwards.
 * Where such a server is not running its tests are skipped, except on CI ({@code CI=true}), where they fail.
 *
 * <p>Which database the full-stack suites run on is the system property {@value #DATABASE_PROPERTY}: {@code h2} (the
 * default), {@code postgres} or {@code mariadb}; the build sets it per failsafe execution.
 */
public final class TestDatabase implements AutoCloseable {

    /** The system property that picks the database kind of a test run. */
    public static final String DATABASE_PROPERTY = "matrix.database";

    private static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

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

    /**
     * @param name a name unique to the test class
     * @return a new database of the kind this run is for, see {@value #DATABASE_PROPERTY}
     */
    public static TestDatabase create(String name) {
        String kind = System.getProperty(DATABASE_PROPERTY, "h2");
        return switch (kind) {
            case "h2" -> h2(name);
            case "postgres" -> postgres(name);
            case "mariadb" -> mariadb(name);
            default -> throw new IllegalArgumentException(
                    DATABASE_PROPERTY + " must be h2, postgres or mariadb, not '" + kind + "'");
        };
    }

    /** @return a new in-memory H2 database, in the mode EclipseLink's IDENTITY DDL needs */
    public static TestDatabase h2(String name) {
        return new TestDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY", "", "", () -> {});
    }

    /** @return a new database on the local PostgreSQL server */
    public static TestDatabase postgres(String name) {
        String database = uniqueName(name);
        String admin = POSTGRES_SERVER + "postgres";
        createOnServer("PostgreSQL", "127.0.0.1:5432", admin, "postgres", database);
        return new TestDatabase(
                POSTGRES_SERVER + database,
                "postgres",
                "",
                () -> update(admin, "postgres", "", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
    }

    /** @return a new database on the local MariaDB server */
    public static TestDatabase mariadb(String name) {
        String database = uniqueName(name);
        createOnServer("MariaDB", "127.0.0.1:3306", MARIADB_SERVER, "root", database);
        return new TestDatabase(
                MARIADB_SERVER + database,
                "root",
                "",
                () -> update(MARIADB_SERVER, "root", "", "DROP DATABASE IF EXISTS " + database));
    }

    private static String uniqueName(String name) {
        return ("fastjpa_" + name + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
    }

    private static void createOnServer(String server, String address, String adminUrl, String user, String database) {
        try {
            update(adminUrl, user, "", "CREATE DATABASE " + database);
        } catch (IllegalStateException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(server + " must run on " + address + " for CI", e);
            }
            assumeTrue(
                    false,
                    server + " is not running on " + address + ": "
                            + e.getCause().getMessage());
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
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
