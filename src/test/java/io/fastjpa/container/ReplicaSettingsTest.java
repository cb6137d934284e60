package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * {@code fastjpa[.<name>].replica} is checked at start-up: it names another database FastJPA starts, on the same
 * provider, that has no replica of its own; the start then logs which database reads from which. Each test boots Weld
 * by hand, because the boot itself is what fails.
 */
class ReplicaSettingsTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Test
    void shouldFailForAReplicaThatNoSettingDefines() {
        Map<String, String> settings = databases("default", "reports");
        settings.put("fastjpa.replica", "nowhere");

        assertThat(startFailure(settings))
                .contains("FASTJPA-002")
                .contains("fastjpa.replica='nowhere'")
                .contains("fastjpa.<name>.url")
                .contains(": reports");
    }

    @Test
    void shouldFailForADatabaseThatIsItsOwnReplica() {
        Map<String, String> settings = databases("default", "reports");
        settings.put("fastjpa.reports.replica", "reports");

        assertThat(startFailure(settings))
                .contains("FASTJPA-002")
                .contains("fastjpa.reports.replica='reports'")
                .contains("cannot be its own replica");
    }

    @Test
    void shouldFailForAChainOfReplicas() {
        Map<String, String> settings = databases("default", "first", "second");
        settings.put("fastjpa.replica", "first");
        settings.put("fastjpa.first.replica", "second");

        assertThat(startFailure(settings))
                .contains("FASTJPA-002")
                .contains("fastjpa.replica='first'")
                .contains("'first' reads from 'second' (fastjpa.first.replica)")
                .contains("do not chain");
    }

    @Test
    void shouldFailForAReplicaOnAnotherProvider() {
        Map<String, String> settings = databases("default", "replica");
        settings.put("fastjpa.replica", "replica");
        settings.put(
                "fastjpa.replica.provider", TestDatabases.provider().equals("hibernate") ? "eclipselink" : "hibernate");

        assertThat(startFailure(settings))
                .contains("FASTJPA-002")
                .contains("fastjpa.replica='replica'")
                .contains("same persistence provider")
                .contains("fastjpa.replica.provider");
    }

    @Test
    void shouldLogWhichDatabaseReadsFromWhichReplica() {
        Map<String, String> settings = databases("default", "orders", "replica", "orders-copy");
        settings.put("fastjpa.replica", "replica");
        settings.put("fastjpa.orders.replica", "orders-copy");

        try (SystemProperties properties = SystemProperties.set(settings);
                LogRecorder log = LogRecorder.start()) {
            Weld weld = FastJpaWeld.weld(Units.class);
            try (WeldContainer container = weld.initialize()) {
                assertThat(log.messages())
                        .anySatisfy(message -> assertThat(message)
                                .startsWith("FASTJPA-059")
                                .contains("database 'replica'", "of database 'default'", "fastjpa.replica=replica"))
                        .anySatisfy(message -> assertThat(message)
                                .startsWith("FASTJPA-059")
                                .contains("database 'orders-copy'", "of database 'orders'"));
            }
        }
    }

    // The given databases, each a fresh in-memory H2 database, on the provider the container tests run with.
    private static Map<String, String> databases(String... names) {
        Map<String, String> settings = new HashMap<>();
        for (String name : names) {
            String prefix = name.equals("default") ? "fastjpa." : "fastjpa." + name + ".";
            settings.put(
                    prefix + "url",
                    "jdbc:h2:mem:replica_settings_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
            settings.put(prefix + "schema", "create");
            settings.put(prefix + "provider", TestDatabases.provider());
        }
        return settings;
    }

    private static String startFailure(Map<String, String> settings) {
        try (SystemProperties properties = SystemProperties.set(settings)) {
            Weld weld = FastJpaWeld.weld(Units.class);
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> weld.initialize().close());
            assertThat(failure).isNotNull();
            return String.valueOf(failure.getMessage());
        }
    }
}
