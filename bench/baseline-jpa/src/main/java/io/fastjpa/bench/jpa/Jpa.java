package io.fastjpa.bench.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;

/**
 * The application's one {@link EntityManagerFactory}, on a HikariCP pool with the same settings FastJPA gives the
 * example (10 connections, HikariCP's defaults otherwise), created at start-up and closed at shutdown.
 */
@ApplicationScoped
public class Jpa {

    private HikariDataSource dataSource;
    private EntityManagerFactory factory;

    void start(@Observes Startup startup) {
        factory();
    }

    /** @return the factory, created on first call */
    public synchronized EntityManagerFactory factory() {
        if (factory == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(env("BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/fastjpa_bench"));
            config.setUsername(env("BENCH_USER", "postgres"));
            config.setPassword(System.getenv("BENCH_PASSWORD"));
            config.setMaximumPoolSize(Integer.parseInt(env("BENCH_POOL_SIZE", "10")));
            config.setPoolName("baseline-jpa");
            dataSource = new HikariDataSource(config);
            factory = Persistence.createEntityManagerFactory(
                    "heroes", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
            factory.createEntityManager().close(); // connect and deploy now, as FastJPA does at start-up
        }
        return factory;
    }

    @PreDestroy
    void close() {
        if (factory != null) {
            factory.close();
            dataSource.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
