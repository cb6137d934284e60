package io.fastjpa.internal.pool;

import io.fastjpa.internal.OptionalClasses;
import java.util.Map;
import javax.sql.DataSource;

/** Chooses and builds a database's pool. References no HikariCP class, so it loads without HikariCP. */
public final class Pools {

    private static final String HIKARI_DATA_SOURCE = "com.zaxxer.hikari.HikariDataSource";

    private Pools() {}

    /**
     * @return whether HikariCP can be loaded by FastJPA's class loader, which is the one that resolves
     *     {@code HikariPools}' references
     */
    public static boolean hikariPresent() {
        return OptionalClasses.present(HIKARI_DATA_SOURCE, Pools.class.getClassLoader());
    }

    /**
     * Opens a HikariCP pool, which connects once right away so that a wrong URL or password fails here. Call only
     * when {@link #hikariPresent()}.
     *
     * @param poolName the pool's name, shown in HikariCP's log lines and thread names
     * @param url the JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     * @param driverClassName the JDBC driver's class, or {@code null} to let {@code DriverManager} find it
     * @param pool the pool settings
     * @return the pool; a {@link java.io.Closeable} to close when the database closes
     * @throws RuntimeException when the pool cannot connect
     */
    public static DataSource hikari(
            String poolName, String url, String user, String password, String driverClassName, PoolSettings pool) {
        return HikariPools.create(poolName, url, user, password, driverClassName, pool);
    }

    /**
     * @param providerClassName the persistence provider's class name
     * @param pool the pool settings
     * @return the provider properties that configure its own pool like {@code pool}; empty for unknown providers
     */
    public static Map<String, String> providerProperties(String providerClassName, PoolSettings pool) {
        return ProviderPools.properties(providerClassName, pool);
    }

    /**
     * @param providerClassName the persistence provider's class name
     * @return the provider properties for a unit that gets its connections from a pooled DataSource
     */
    public static Map<String, String> dataSourceProperties(String providerClassName) {
        return ProviderPools.dataSourceProperties(providerClassName);
    }

    /**
     * @param providerClassName the persistence provider's class name
     * @return what the provider's own pool cannot do of what the settings ask, for the start-up log
     */
    public static String providerLimits(String providerClassName) {
        return ProviderPools.limits(providerClassName);
    }
}
