package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.weld.config.ConfigurationKey;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HikariCP pools FastJPA opens live as long as the CDI container: closed at shutdown, or when the start fails. */
class PoolShutdownTest {

    /** A bean of the application, so that there is an application root to scan for entities. */
    @ApplicationScoped
    static class Application {}

    private final Map<String, String> settings = Map.of(
            "fastjpa.url", h2("pool_shutdown_default"),
            "fastjpa.provider", "eclipselink",
            "fastjpa.pool.size", "2");

    @AfterEach
    void clearSettings() {
        settings.keySet().forEach(System::clearProperty);
        System.clearProperty("fastjpa.broken.url");
        System.clearProperty("fastjpa.broken.provider");
    }

    private static String h2(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    private static Weld weld() {
        return new Weld("pool-shutdown-test-" + System.nanoTime())
                .disableDiscovery()
                .property(ConfigurationKey.CONCURRENT_DEPLOYMENT.get(), false)
                .addExtension(new FastJpaExtension())
                .addBeanClass(Application.class);
    }

    @Test
    void shouldCloseThePoolAtShutdown() {
        settings.forEach(System::setProperty);
        HikariDataSource pool;
        try (WeldContainer container = weld().initialize()) {
            Databases databases = container.select(Databases.class).get();
            pool = (HikariDataSource) databases.get("default").connections().dataSource();
            assertThat(pool.isRunning()).isTrue();
        }

        assertThat(pool.isClosed()).isTrue();
    }

    @Test
    void shouldCloseTheStartedDatabasesPoolsWhenAnotherFailsToStart() throws SQLException {
        settings.forEach(System::setProperty);
        System.setProperty("fastjpa.broken.url", "jdbc:h2:mem:pool_shutdown_missing;IFEXISTS=TRUE");
        // Hibernate is on the test class path too: without a provider the start would fail earlier, with FASTJPA-004.
        System.setProperty("fastjpa.broken.provider", "eclipselink");
        Weld weld = weld();

        assertThatThrownBy(() -> weld.initialize().close()).hasMessageContaining("FASTJPA-006: database 'broken'");

        assertThat(openSessions("pool_shutdown_default"))
                .as("only the session counting them: the default database's pool is closed")
                .isEqualTo(1);
    }

    private static long openSessions(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(h2(database));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            result.next();
            return result.getLong(1);
        }
    }
}
