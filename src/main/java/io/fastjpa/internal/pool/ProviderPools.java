package io.fastjpa.internal.pool;

import io.fastjpa.internal.provider.EclipseLinkPoolCustomizer;
import io.fastjpa.internal.provider.ProviderSupport;
import java.util.Map;

/**
 * The pool settings as properties of the provider's own pool, for when HikariCP is absent, and what each provider's
 * pool cannot do. Provider classes are named, never loaded.
 */
final class ProviderPools {

    private ProviderPools() {}

    static Map<String, String> properties(String providerClassName, PoolSettings pool) {
        String size = String.valueOf(pool.size());
        String wait = String.valueOf(pool.timeoutMillis());
        return switch (providerClassName) {
                // EclipseLink keeps a write pool ("default") and a read pool for reads outside transactions.
            case ProviderSupport.ECLIPSELINK -> Map.of(
                    "eclipselink.connection-pool.default.max", size,
                    "eclipselink.connection-pool.default.min", size,
                    "eclipselink.connection-pool.default.wait", wait,
                    "eclipselink.connection-pool.read.max", size,
                    "eclipselink.connection-pool.read.min", size,
                    "eclipselink.connection-pool.read.wait", wait);
            case ProviderSupport.HIBERNATE -> Map.of("hibernate.connection.pool_size", size);
            default -> Map.of();
        };
    }

    // Behind FastJPA's pool or the container's, EclipseLink must not retry a read whose connection could not be had.
    static Map<String, String> dataSourceProperties(String providerClassName) {
        return ProviderSupport.ECLIPSELINK.equals(providerClassName)
                ? Map.of("eclipselink.session.customizer", EclipseLinkPoolCustomizer.NAME)
                : Map.of();
    }

    // EclipseLink 5's ConnectionPool.acquireConnection waits in a loop: "wait" is how often it looks again, not when
    // it gives up. Hibernate's built-in PooledConnections.poll throws a HibernateException at once when all
    // connections are in use, and validates every connection it hands out.
    static String limits(String providerClassName) {
        return switch (providerClassName) {
            case ProviderSupport
                    .ECLIPSELINK -> "it has a write pool and a read pool of pool.size connections each; when all are in"
                    + " use a request waits until one is released, whatever pool.timeout says, and it supports"
                    + " neither pool.pre-ping nor pool.leak-detection";
            case ProviderSupport
                    .HIBERNATE -> "Hibernate's built-in pool is not meant for production: when all pool.size connections"
                    + " are in use a request fails at once (500), whatever pool.timeout says; it always checks"
                    + " connections before handing them out and has no pool.leak-detection";
            default -> "FastJPA does not know how to configure its pool: pool.size, pool.timeout, pool.pre-ping and"
                    + " pool.leak-detection are not applied";
        };
    }
}
