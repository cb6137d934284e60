package io.fastjpa.internal.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * Builds HikariCP pools. The only class of FastJPA that references HikariCP; {@link Pools} loads it only after
 * checking that HikariCP is on the class path.
 */
final class HikariPools {

    // HikariCP's own default for how long checking a connection may take.
    private static final int VALIDATION_TIMEOUT_MILLIS = 5_000;

    private HikariPools() {}

    static DataSource create(
            String poolName, String url, String user, String password, String driverClassName, PoolSettings pool) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        // Named explicitly so a driver inside the application (WEB-INF/lib) is loaded with its class loader.
        if (driverClassName != null) {
            config.setDriverClassName(driverClassName);
        }
        config.setMaximumPoolSize(pool.size());
        config.setConnectionTimeout(pool.timeoutMillis());
        // Pre-ping: HikariCP checks a connection before handing it out (JDBC 4 Connection.isValid, as no test query
        // is set) unless it was in use within the last 500 ms. Checking a dead connection must not outlast the wait
        // for one, or an exhausted pool would answer later than its timeout.
        config.setValidationTimeout(Math.min(VALIDATION_TIMEOUT_MILLIS, pool.timeoutMillis()));
        config.setLeakDetectionThreshold(pool.leakDetectionMillis());
        return new HikariDataSource(config);
    }
}
