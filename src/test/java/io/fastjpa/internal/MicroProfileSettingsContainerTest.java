package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.weld.config.ConfigurationKey;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The extension reads its settings through MicroProfile Config first: a config source beats a system property. */
class MicroProfileSettingsContainerTest {

    /** A bean of the application, so that there is an application root to scan for entities. */
    @ApplicationScoped
    static class Application {}

    private final Map<String, String> settings = Map.of(
            "fastjpa.url", "jdbc:h2:mem:microprofile_container;DB_CLOSE_DELAY=-1",
            "fastjpa.provider", "eclipselink",
            "fastjpa.pool.size", "2");

    @AfterEach
    void clearSettings() {
        settings.keySet().forEach(System::clearProperty);
        TestConfigSource.VALUES.clear();
    }

    @Test
    void shouldTakeTheValueOfAConfigSourceOverASystemProperty() {
        settings.forEach(System::setProperty);
        TestConfigSource.VALUES.put("fastjpa.pool.size", "3");
        Weld weld = new Weld("microprofile-settings-test-" + System.nanoTime())
                .disableDiscovery()
                .property(ConfigurationKey.CONCURRENT_DEPLOYMENT.get(), false)
                .addExtension(new FastJpaExtension())
                .addBeanClass(Application.class);

        try (WeldContainer container = weld.initialize()) {
            HikariDataSource pool = (HikariDataSource) container
                    .select(Databases.class)
                    .get()
                    .get("default")
                    .connections()
                    .dataSource();

            assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
        }
    }
}
