package io.fastjpa.examples.shop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Creates the shop's PostgreSQL databases when they do not exist yet, before FastJPA starts and migrates them. Reads
 * the same keys FastJPA does, in the same order: system property, environment variable, then
 * {@code META-INF/fastjpa.properties}. The reader is left alone: a replica is never created, it is replicated.
 */
final class ShopDatabases {

    private static final Logger LOG = Logger.getLogger(ShopDatabases.class.getName());
    private static final String POSTGRES = "jdbc:postgresql://";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private ShopDatabases() {}

    /** Creates the default database and {@code audit} when they are missing. */
    static void createMissing() {
        Properties defaults = defaults();
        for (String prefix : List.of("fastjpa.", "fastjpa.audit.")) {
            Optional<String> url = setting(prefix + "url", defaults);
            if (url.isPresent() && url.get().startsWith(POSTGRES)) {
                createIfMissing(
                        url.get(),
                        setting(prefix + "user", defaults).orElse(null),
                        setting(prefix + "password", defaults).orElse(""));
            }
        }
    }

    private static void createIfMissing(String url, String user, String password) {
        String rest = url.substring(POSTGRES.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return;
        }
        String server = rest.substring(0, slash);
        String database = rest.substring(slash + 1).split("[?;]", 2)[0];
        if (!PLAIN_NAME.matcher(database).matches()) {
            LOG.warning("not creating database '" + database + "': only letters, digits and _ are created here");
            return;
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES + server + "/postgres", user, password)) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            LOG.info("created database " + database + " on " + server);
        } catch (SQLException e) {
            // FastJPA's own start then fails with the server's answer (FASTJPA-006), naming the database.
            LOG.warning("could not check or create database " + database + " on " + server + ": " + e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Optional<String> setting(String key, Properties defaults) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        if (value == null) {
            value = defaults.getProperty(key);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Properties defaults() {
        Properties properties = new Properties();
        try (InputStream in = ShopDatabases.class.getResourceAsStream("/META-INF/fastjpa.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
