package io.fastjpa.bench.jdbc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * Baseline (b): the heroes API on the JDK's HTTP server, a HikariCP pool and plain JDBC, on 127.0.0.1:{@code PORT}
 * (18103). It answers the same JSON as the example for the requests of the benchmark. Reads run in read-only
 * transactions and every request in one transaction, as FastJPA's units of work do.
 */
public final class BaselineJdbcApp {

    private static final Logger LOG = Logger.getLogger(BaselineJdbcApp.class.getName());
    private static final String PAGE = "SELECT id, name, secret_identity, age FROM hero ORDER BY id LIMIT ? OFFSET ?";
    private static final String COUNT = "SELECT COUNT(*) FROM hero";
    private static final String ONE = "SELECT id, name, secret_identity, age FROM hero WHERE id = ?";
    private static final String INSERT = "INSERT INTO hero (name, secret_identity, age) VALUES (?, ?, ?)";
    private static final String NOT_FOUND = "{\"title\":\"Not Found\"}";

    private final HikariDataSource pool;

    private BaselineJdbcApp(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Starts the server and waits until the process is stopped.
     *
     * @param args ignored
     * @throws Exception when the pool or the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("PORT", "18103"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(env("BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/fastjpa_bench"));
        config.setUsername(env("BENCH_USER", "postgres"));
        config.setPassword(System.getenv("BENCH_PASSWORD"));
        config.setMaximumPoolSize(Integer.parseInt(env("BENCH_POOL_SIZE", "10")));
        config.setAutoCommit(false);
        config.setPoolName("baseline-jdbc");
        HikariDataSource pool = new HikariDataSource(config);
        BaselineJdbcApp app = new BaselineJdbcApp(pool);
        // Grizzly sets TCP_NODELAY; the JDK's server only when asked, else small responses wait for Nagle's timer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        ExecutorService workers = Executors.newFixedThreadPool(Integer.parseInt(env("BENCH_THREADS", "16")));
        server.setExecutor(workers);
        server.createContext("/heroes", app::handle);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            workers.shutdownNow();
            pool.close();
        }));
        LOG.info("Baseline (b), plain JDBC, on http://127.0.0.1:" + port + "/heroes");
        Thread.currentThread().join();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            try {
                if (path.equals("/heroes") && method.equals("GET")) {
                    send(exchange, 200, list(exchange.getRequestURI().getRawQuery()));
                } else if (path.equals("/heroes") && method.equals("POST")) {
                    create(exchange);
                } else if (path.startsWith("/heroes/") && method.equals("GET")) {
                    String hero = one(Long.parseLong(path.substring("/heroes/".length())));
                    send(exchange, hero == null ? 404 : 200, hero == null ? NOT_FOUND : hero);
                } else {
                    send(exchange, 404, NOT_FOUND);
                }
            } catch (IllegalArgumentException e) {
                send(exchange, 400, "{\"title\":\"Bad Request\"}");
            } catch (SQLException e) {
                send(exchange, "23".equals(sqlStateClass(e)) ? 409 : 500, "{\"title\":\"Database error\"}");
            }
        }
    }

    private String list(String query) throws SQLException {
        long offset = 0;
        int limit = 10;
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                if (name.equals("offset")) {
                    offset = Long.parseLong(value);
                } else if (name.equals("limit")) {
                    limit = Integer.parseInt(value);
                }
            }
        }
        if (offset < 0 || limit < 1 || limit > 100) {
            throw new IllegalArgumentException("offset >= 0, limit 1..100");
        }
        StringBuilder json = new StringBuilder(96 * limit + 96).append("{\"data\":[");
        long total;
        try (Connection connection = pool.getConnection()) {
            connection.setReadOnly(true);
            try {
                try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
                    statement.setInt(1, limit);
                    statement.setLong(2, offset);
                    try (ResultSet rows = statement.executeQuery()) {
                        boolean first = true;
                        while (rows.next()) {
                            if (!first) {
                                json.append(',');
                            }
                            first = false;
                            hero(json, rows);
                        }
                    }
                }
                try (PreparedStatement statement = connection.prepareStatement(COUNT);
                        ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
                connection.commit();
            } finally {
                connection.rollback(); // nothing to do after the commit; ends the transaction when something failed
                connection.setReadOnly(false);
            }
        }
        return json.append("],\"meta\":{\"offset\":")
                .append(offset)
                .append(",\"total_items\":")
                .append(total)
                .append(",\"total_pages\":")
                .append((total + limit - 1) / limit)
                .append(",\"page_number\":")
                .append(offset / limit + 1)
                .append("}}")
                .toString();
    }

    private String one(long id) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(ONE)) {
                statement.setLong(1, id);
                String result = null;
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        result = hero(new StringBuilder(128).append("{\"data\":"), rows)
                                .append('}')
                                .toString();
                    }
                }
                connection.commit();
                return result;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
            }
        }
    }

    private void create(HttpExchange exchange) throws IOException, SQLException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String name = MiniJson.string(body, "name");
        String secretIdentity = MiniJson.string(body, "secret_identity");
        Long age = MiniJson.number(body, "age");
        if (name == null || name.isBlank() || secretIdentity == null || secretIdentity.isBlank() || age == null) {
            send(exchange, 422, "{\"title\":\"name, secret_identity and age are required\"}");
            return;
        }
        long id;
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
                statement.setString(1, name);
                statement.setString(2, secretIdentity);
                statement.setInt(3, age.intValue());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                connection.commit();
            } finally {
                connection.rollback();
            }
        }
        StringBuilder json = new StringBuilder(128).append("{\"data\":{\"name\":");
        MiniJson.appendString(json, name).append(",\"secret_identity\":");
        MiniJson.appendString(json, secretIdentity)
                .append(",\"age\":")
                .append(age.intValue())
                .append(",\"id\":")
                .append(id)
                .append("}}");
        exchange.getResponseHeaders()
                .set("Location", "http://" + exchange.getRequestHeaders().getFirst("Host") + "/heroes/" + id);
        send(exchange, 201, json.toString());
    }

    private static StringBuilder hero(StringBuilder json, ResultSet row) throws SQLException {
        json.append("{\"name\":");
        MiniJson.appendString(json, row.getString(2)).append(",\"secret_identity\":");
        return MiniJson.appendString(json, row.getString(3))
                .append(",\"age\":")
                .append(row.getInt(4))
                .append(",\"id\":")
                .append(row.getLong(1))
                .append('}');
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String sqlStateClass(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.length() < 2 ? "" : state.substring(0, 2);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
