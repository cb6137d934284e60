package io.fastjpa.internal;

import io.fastjpa.Database;
import io.fastjpa.internal.pool.PoolSettings;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The validated settings of one database: {@code fastjpa.*} for the default one, {@code fastjpa.<name>.*} for a named
 * one. {@code echoParameters} only matters with {@code echo}: bind values are logged only when both are set. With a
 * {@code dataSource} (a JNDI name) the URL is empty and the credentials and pool settings unused: the
 * container's DataSource has its own. Without {@code scan} the database maps only the listed {@code entities}, not
 * every entity of the application. {@code replica} names the database that read-only units of work read from instead
 * of this one; whether that database exists is checked once every database's settings are read.
 */
record DatabaseSettings(
        String name,
        String url,
        Optional<String> user,
        Optional<String> password,
        Optional<String> provider,
        List<String> entities,
        boolean scan,
        Schema schema,
        boolean echo,
        boolean echoParameters,
        Map<String, String> properties,
        PoolSettings pool,
        Optional<String> dataSource,
        List<String> migrations,
        Optional<String> transactions,
        Optional<String> replica) {

    /** The platform-conventional variable (or property) naming the default database, {@code postgres://...}. */
    static final String CONVENTIONAL_URL = "DATABASE_URL";

    /** The embedded database used when the default database has no URL and H2 is on the class path. */
    static final String EMBEDDED_H2_URL = "jdbc:h2:mem:fastjpa;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    /** What FastJPA does to the schema at start-up. */
    enum Schema {
        NONE("none"),
        CREATE("create"),
        DROP_AND_CREATE("drop-and-create"),
        VALIDATE("validate");

        private final String value;

        Schema(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }

        static Optional<Schema> parse(String value) {
            return Arrays.stream(values())
                    .filter(s -> s.value.equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst();
        }
    }

    /**
     * Reads and validates a database's settings.
     *
     * @throws IllegalArgumentException with a message naming the key when a setting is missing or wrong
     */
    static DatabaseSettings read(Settings settings, String name) {
        String prefix = prefix(name);
        Optional<String> dataSource = settings.get(prefix + "datasource");
        dataSource.ifPresent(jndiName -> rejectConnectionSettings(settings, prefix));
        // fastjpa.url, else (default database) the conventional DATABASE_URL; either may be a postgres:// style URL.
        Optional<DatabaseUrl> given = dataSource.isPresent()
                ? Optional.empty()
                : settings.get(prefix + "url")
                        .or(() -> Database.DEFAULT.equals(name) ? settings.get(CONVENTIONAL_URL) : Optional.empty())
                        .map(DatabaseUrl::parse);
        String url =
                dataSource.isPresent() ? "" : given.map(DatabaseUrl::jdbcUrl).orElseGet(() -> defaultUrl(name, prefix));
        Schema schema = settings.get(prefix + "schema")
                .map(value -> Schema.parse(value)
                        .orElseThrow(() -> new IllegalArgumentException(Messages.invalidValue(
                                prefix + "schema", value, "none, create, drop-and-create, validate"))))
                .orElse(url.equals(EMBEDDED_H2_URL) ? Schema.CREATE : Schema.NONE);
        List<String> entities = settings.get(prefix + "entities")
                .map(value -> Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
        boolean scan = readScan(settings, prefix, entities);
        Map<String, String> properties = new LinkedHashMap<>();
        String propertiesPrefix = prefix + "properties.";
        for (String key : settings.keysStartingWith(propertiesPrefix)) {
            settings.get(key).ifPresent(value -> properties.put(key.substring(propertiesPrefix.length()), value));
        }
        return new DatabaseSettings(
                name,
                url,
                settings.get(prefix + "user").or(() -> given.flatMap(DatabaseUrl::user)),
                settings.get(prefix + "password").or(() -> given.flatMap(DatabaseUrl::password)),
                settings.get(prefix + "provider"),
                entities,
                scan,
                schema,
                settings.getBoolean(prefix + "echo", false),
                settings.getBoolean(prefix + "echo-parameters", false),
                Map.copyOf(properties),
                readPool(settings, prefix),
                dataSource,
                readMigrations(settings, prefix),
                readTransactions(settings, prefix, dataSource),
                settings.get(prefix + "replica"));
    }

    /** @return where the database is, for log lines and messages: its URL (password masked) or its DataSource */
    String location() {
        return dataSource.map(jndiName -> "DataSource " + jndiName).orElseGet(() -> DatabaseStarter.masked(url));
    }

    // Without scanning, the listed entities are all the database maps: an empty list is a mistake, not a database
    // without entities.
    private static boolean readScan(Settings settings, String prefix, List<String> entities) {
        boolean scan = settings.getBoolean(prefix + "scan", true);
        if (!scan && entities.isEmpty()) {
            throw new IllegalArgumentException(Messages.invalidValue(
                    prefix + "scan",
                    "false",
                    "true, or false together with " + prefix
                            + "entities listing the entity classes this database maps"));
        }
        return scan;
    }

    private static PoolSettings readPool(Settings settings, String prefix) {
        String leakKey = prefix + "pool.leak-detection";
        int leakDetection = settings.getInt(leakKey, 0, 0);
        if (!PoolSettings.validLeakDetection(leakDetection)) {
            throw new IllegalArgumentException(Messages.invalidValue(
                    leakKey,
                    String.valueOf(leakDetection),
                    "0 (off) or milliseconds from " + PoolSettings.MIN_LEAK_DETECTION_MILLIS + " to "
                            + PoolSettings.MAX_LEAK_DETECTION_MILLIS));
        }
        return new PoolSettings(
                settings.getInt(prefix + "pool.size", PoolSettings.DEFAULT_SIZE, 1),
                settings.getInt(
                        prefix + "pool.timeout", PoolSettings.DEFAULT_TIMEOUT_MILLIS, PoolSettings.MIN_TIMEOUT_MILLIS),
                settings.getBoolean(prefix + "pool.pre-ping", true),
                leakDetection);
    }

    // resource-local, jta or a strategy's class name (checked when the database starts, with its class loader); JTA
    // needs the container's DataSource: connections of FastJPA's own pool never take part in JTA transactions.
    private static Optional<String> readTransactions(Settings settings, String prefix, Optional<String> dataSource) {
        String key = prefix + "transactions";
        Optional<String> value = settings.get(key).map(String::trim);
        if (value.isPresent() && value.get().equalsIgnoreCase("jta") && dataSource.isEmpty()) {
            throw new IllegalArgumentException(Messages.invalidValue(
                    key,
                    value.get(),
                    "resource-local (jta needs the container's JTA DataSource: set " + prefix
                            + "datasource to its JNDI name)"));
        }
        if (value.isPresent() && value.get().isEmpty()) {
            throw new IllegalArgumentException(Messages.invalidValue(
                    key, "", "resource-local, jta, or the class name of an io.fastjpa.spi.TransactionStrategy"));
        }
        return value;
    }

    // Flyway locations; a prefix other than classpath: or filesystem: (s3:, gcs:) needs Flyway's paid editions.
    private static List<String> readMigrations(Settings settings, String prefix) {
        String key = prefix + "migrations";
        return settings.get(key)
                .map(value -> {
                    List<String> locations =
                            Arrays.stream(value.split(",")).map(String::trim).toList();
                    for (String location : locations) {
                        if (!validLocation(location)) {
                            throw new IllegalArgumentException(Messages.invalidValue(
                                    key,
                                    value,
                                    "comma-separated Flyway locations, each classpath:<path> or filesystem:<path>"
                                            + " (or a class path without a prefix), such as classpath:db/migration"));
                        }
                    }
                    return locations;
                })
                .orElse(List.of());
    }

    private static boolean validLocation(String location) {
        for (String scheme : List.of("classpath:", "filesystem:")) {
            if (location.startsWith(scheme)) {
                return !location.substring(scheme.length()).isBlank();
            }
        }
        return !location.isBlank() && !location.contains(":");
    }

    // The container's DataSource has its own URL, credentials and pool: a setting for them here would be ignored.
    private static void rejectConnectionSettings(Settings settings, String prefix) {
        for (String key : List.of(
                "url", "user", "password", "pool.size", "pool.timeout", "pool.pre-ping", "pool.leak-detection")) {
            Optional<String> value = settings.get(prefix + key);
            if (value.isPresent()) {
                throw new IllegalArgumentException(Messages.invalidValue(
                        prefix + key,
                        shown(key, value.get()),
                        "nothing while " + prefix + "datasource is set: the container's DataSource has its own URL,"
                                + " credentials and pool"));
            }
        }
    }

    // A password never shows; nor does a URL's, whether a parameter (jdbc:) or user:password@host (postgres://).
    private static String shown(String key, String value) {
        if (key.equals("password")) {
            return "****";
        }
        if (key.equals("url") && !value.startsWith("jdbc:")) {
            return "****";
        }
        return key.equals("url") ? DatabaseStarter.masked(value) : value;
    }

    /** The key prefix of a database: {@code fastjpa.} or {@code fastjpa.<name>.}. */
    static String prefix(String name) {
        return Database.DEFAULT.equals(name) ? Settings.PREFIX : Settings.PREFIX + name + ".";
    }

    private static String defaultUrl(String name, String prefix) {
        if (Database.DEFAULT.equals(name) && h2Present()) {
            return EMBEDDED_H2_URL;
        }
        throw new IllegalArgumentException(
                Messages.missingUrl(name, prefix + "url", Settings.environmentName(prefix + "url")));
    }

    private static boolean h2Present() {
        return OptionalClasses.present("org.h2.Driver", Thread.currentThread().getContextClassLoader());
    }

    @Override
    public String toString() {
        // Never print the password, also when the URL carries one.
        String where = dataSource
                .map(jndiName -> "datasource=" + jndiName)
                .orElseGet(() -> "url=" + DatabaseStarter.masked(url));
        return "DatabaseSettings[name=" + name + ", " + where + ", user=" + user.orElse("") + ", schema="
                + schema.value() + "]";
    }
}
