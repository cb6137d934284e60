package io.fastjpa.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A real application for full-stack tests: Jersey with jersey-cdi2-se (which boots Weld SE) on Grizzly, bound to
 * 127.0.0.1 on a free port, on a database of its own; driven over HTTP with {@link java.net.http}. Rows are checked
 * through a separate JDBC connection, which sees committed data only.
 *
 * <p>The database kind is {@link TestDatabase#DATABASE_PROPERTY}, the JPA provider {@value #PROVIDER_PROPERTY}
 * ({@code eclipselink}, the default, or {@code hibernate}); the build runs the suites once per combination.
 */
public final class FullStack implements AutoCloseable {

    /** The system property that picks the JPA provider of a test run; not fastjpa.*, where unknown keys stop the start. */
    public static final String PROVIDER_PROPERTY = "matrix.provider";

    private final HttpServer server;
    private final URI base;
    private final TestDatabase database;
    // HTTP/1.1: the client's default h2c upgrade attempt makes Grizzly drop the Content-Type header.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private FullStack(HttpServer server, URI base, TestDatabase database) {
        this.server = server;
        this.base = base;
        this.database = database;
    }

    /**
     * Starts an application on a fresh database of the kind this run is for.
     *
     * @param database a name unique to the test class
     * @param application the Jakarta REST application
     * @return the running stack
     */
    public static FullStack start(String database, ResourceConfig application) {
        return start(TestDatabase.create(database), application);
    }

    /** @return the JPA provider of this run, as {@code fastjpa.provider} names it */
    public static String provider() {
        return System.getProperty(PROVIDER_PROPERTY, "eclipselink");
    }

    /**
     * Starts an application on a database; the database is closed (dropped) with the stack.
     *
     * @param database the database, which the stack owns from now on
     * @param application the Jakarta REST application
     * @return the running stack
     */
    public static FullStack start(TestDatabase database, ResourceConfig application) {
        return start(database, application, Map.of());
    }

    /**
     * Starts an application on a database with further settings; the database is closed (dropped) with the stack.
     *
     * @param database the database, which the stack owns from now on
     * @param application the Jakarta REST application
     * @param settings further {@code fastjpa.*} settings, set as system properties while the application starts
     * @return the running stack
     */
    public static FullStack start(TestDatabase database, ResourceConfig application, Map<String, String> settings) {
        settings.forEach(System::setProperty);
        System.setProperty("fastjpa.url", database.url());
        System.setProperty("fastjpa.user", database.user());
        System.setProperty("fastjpa.password", database.password());
        System.setProperty("fastjpa.schema", "drop-and-create");
        // Both EclipseLink and Hibernate are on the test class path: FastJPA then requires a choice.
        System.setProperty("fastjpa.provider", provider());
        try {
            HttpServer server =
                    GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application);
            int port = server.getListeners().iterator().next().getPort();
            return new FullStack(server, URI.create("http://127.0.0.1:" + port), database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        } finally {
            System.clearProperty("fastjpa.url");
            System.clearProperty("fastjpa.user");
            System.clearProperty("fastjpa.password");
            System.clearProperty("fastjpa.schema");
            System.clearProperty("fastjpa.provider");
            settings.keySet().forEach(System::clearProperty);
        }
    }

    /** @return the base URI, without a trailing slash */
    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /** @return the response with its body as sent, undecoded */
    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), HttpResponse.BodyHandlers.ofByteArray());
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
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the number a counting query returns, read on a connection of its own (committed data only) */
    public long count(String sql) {
        return database.count(sql);
    }

    /** Runs a statement on a connection of its own, committed at once. */
    public void execute(String sql) {
        database.execute(sql);
    }

    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            database.close();
        }
    }
}
