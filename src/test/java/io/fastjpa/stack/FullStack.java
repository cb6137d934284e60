package io.fastjpa.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A real application for full-stack tests: Jersey with jersey-cdi2-se (which boots Weld SE) on Grizzly, bound to
 * 127.0.0.1 on a free port, with EclipseLink on its own in-memory H2 database; driven over HTTP with
 * {@link java.net.http}. Rows are checked through a separate JDBC connection, which sees committed data only.
 */
public final class FullStack implements AutoCloseable {

    private final HttpServer server;
    private final URI base;
    private final String jdbcUrl;
    // HTTP/1.1: the client's default h2c upgrade attempt makes Grizzly drop the Content-Type header.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private FullStack(HttpServer server, URI base, String jdbcUrl) {
        this.server = server;
        this.base = base;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts an application on a fresh database.
     *
     * @param database a name unique to the test class; the database lives as long as the JVM
     * @param application the Jakarta REST application
     * @return the running stack
     */
    public static FullStack start(String database, ResourceConfig application) {
        String jdbcUrl = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        System.setProperty("fastjpa.url", jdbcUrl);
        System.setProperty("fastjpa.schema", "drop-and-create");
        try {
            HttpServer server =
                    GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application);
            int port = server.getListeners().iterator().next().getPort();
            return new FullStack(server, URI.create("http://127.0.0.1:" + port), jdbcUrl);
        } finally {
            System.clearProperty("fastjpa.url");
            System.clearProperty("fastjpa.schema");
        }
    }

    /** @return the base URI, without a trailing slash */
    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    public HttpResponse<String> post(String pathAndQuery, String json) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a counting query on a connection of its own.
     *
     * @param sql a query returning one number
     * @return the number
     */
    public long count(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs an update on a connection of its own, committed at once.
     *
     * @param sql the statement
     */
    public void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
