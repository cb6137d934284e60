package io.fastjpa.internal;

import io.fastjpa.internal.pool.PoolSettings;
import io.fastjpa.internal.pool.Pools;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Where a database's connections come from: a HikariCP pool FastJPA opens, the container's {@code DataSource} found by
 * its JNDI name, or the provider's own pool configured through properties. Closes the pool it opened, and only that.
 */
final class Connections implements AutoCloseable {

    private final DataSource dataSource;
    private final Map<String, String> properties;
    private final AutoCloseable ownPool;
    private final String description;

    private Connections(
            DataSource dataSource, Map<String, String> properties, AutoCloseable ownPool, String description) {
        this.dataSource = dataSource;
        this.properties = Map.copyOf(properties);
        this.ownPool = ownPool;
        this.description = description;
    }

    /** @return the container's DataSource, looked up by the JNDI name in {@code fastjpa.[<name>.]datasource} */
    static Connections lookUp(DatabaseSettings settings, String providerClassName) {
        String name = settings.dataSource().orElseThrow();
        String key = DatabaseSettings.prefix(settings.name()) + "datasource";
        Object found;
        try {
            InitialContext context = new InitialContext();
            try {
                found = context.lookup(name);
            } finally {
                context.close();
            }
        } catch (NamingException e) {
            throw new IllegalStateException(
                    Messages.dataSourceNotFound(
                            settings.name(), key, name, e.getClass().getSimpleName() + ": " + e.getMessage()),
                    e);
        }
        if (!(found instanceof DataSource dataSource)) {
            throw new IllegalStateException(Messages.dataSourceNotFound(
                    settings.name(),
                    key,
                    name,
                    "it names a " + (found == null ? "null" : found.getClass().getName()) + ", not a DataSource"));
        }
        return new Connections(
                dataSource, Pools.dataSourceProperties(providerClassName), null, "the container's DataSource " + name);
    }

    /** @return a HikariCP pool of its own, connected once already */
    static Connections hikari(DatabaseSettings settings, String driverClassName, String providerClassName) {
        PoolSettings pool = settings.pool();
        if (!pool.prePing()) {
            Messages.LOG.warning(Messages.hikariAlwaysChecks(settings.name()));
        }
        DataSource dataSource = Pools.hikari(
                "fastjpa-" + settings.name(),
                settings.url(),
                settings.user().orElse(null),
                settings.password().orElse(null),
                driverClassName,
                pool);
        return new Connections(
                dataSource,
                Pools.dataSourceProperties(providerClassName),
                (AutoCloseable) dataSource,
                "HikariCP pool fastjpa-" + settings.name() + " of " + pool.size());
    }

    /** @return JDBC properties for the provider, which connects through its own pool */
    static Connections providerPool(DatabaseSettings settings, String driverClassName, String providerClassName) {
        Map<String, String> properties = new HashMap<>(Pools.providerProperties(providerClassName, settings.pool()));
        properties.put("jakarta.persistence.jdbc.url", settings.url());
        settings.user().ifPresent(user -> properties.put("jakarta.persistence.jdbc.user", user));
        settings.password().ifPresent(password -> properties.put("jakarta.persistence.jdbc.password", password));
        if (driverClassName != null) {
            properties.put("jakarta.persistence.jdbc.driver", driverClassName);
        }
        Messages.LOG.info(Messages.providerPool(
                settings.name(), settings.pool().size(), Pools.providerLimits(providerClassName)));
        return new Connections(
                null,
                properties,
                null,
                "the provider's own pool of " + settings.pool().size());
    }

    /** @return the DataSource the provider gets as the unit's non-JTA data source; {@code null} when it connects itself */
    DataSource dataSource() {
        return dataSource;
    }

    /** @return the connection properties for the provider: JDBC settings and its pool's, or none with a DataSource */
    Map<String, String> properties() {
        return properties;
    }

    /** @return where connections come from, for the start-up log line */
    String description() {
        return description;
    }

    /** Closes the pool FastJPA opened, if any; never the container's DataSource. */
    @Override
    public void close() {
        if (ownPool == null) {
            return;
        }
        try {
            ownPool.close();
        } catch (Exception e) {
            Messages.LOG.log(Level.WARNING, "FASTJPA-052: closing the connection pool (" + description + ") failed", e);
        }
    }
}
