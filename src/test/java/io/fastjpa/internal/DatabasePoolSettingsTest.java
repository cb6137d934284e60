package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.internal.pool.PoolSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pool and data source settings of a database: {@code fastjpa.[<name>.]pool.*} and {@code datasource}. */
class DatabasePoolSettingsTest {

    private final Map<String, String> system = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Properties defaults = new Properties();

    @Nested
    class Pool {

        @Test
        void shouldDefaultToTenConnectionsThirtySecondsPrePingAndNoLeakDetection() {
            PoolSettings pool = read("default").pool();

            assertThat(pool).isEqualTo(new PoolSettings(10, 30_000, true, 0));
            assertThat(pool).isEqualTo(PoolSettings.DEFAULTS);
        }

        @Test
        void shouldReadTheDefaultDatabasesKeysFromEverySource() {
            system.put("fastjpa.pool.size", "3");
            environment.put("FASTJPA_POOL_TIMEOUT", "1500");
            environment.put("FASTJPA_POOL_PRE_PING", "false");
            defaults.setProperty("fastjpa.pool.leak-detection", "60000");

            assertThat(read("default").pool()).isEqualTo(new PoolSettings(3, 1500, false, 60_000));
        }

        @Test
        void shouldReadANamedDatabasesKeysOnly() {
            system.put("fastjpa.replica.url", "jdbc:h2:mem:replica");
            system.put("fastjpa.replica.pool.size", "2");
            system.put("fastjpa.pool.timeout", "999");

            assertThat(read("replica").pool()).isEqualTo(new PoolSettings(2, 30_000, true, 0));
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "pool.size           | 0       | a whole number of at least 1",
                    "pool.size           | ten     | a whole number of at least 1",
                    "pool.timeout        | 100     | a whole number of at least 250",
                    "pool.timeout        | -1      | a whole number of at least 250",
                    "pool.pre-ping       | yes     | true or false",
                    "pool.leak-detection | 500     | 0 (off) or milliseconds from 2000 to 1800000",
                    "pool.leak-detection | 1800001 | 0 (off) or milliseconds from 2000 to 1800000",
                    "pool.leak-detection | -5      | a whole number of at least 0"
                })
        void shouldNameTheKeyTheValueAndWhatIsAllowed(String key, String value, String allowed) {
            system.put("fastjpa.replica.url", "jdbc:h2:mem:replica");
            system.put("fastjpa.replica." + key, value);

            assertThatThrownBy(() -> read("replica"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.replica." + key + "='" + value
                            + "' is not valid; allowed: " + allowed);
        }

        @Test
        void shouldAcceptTheBoundsOfLeakDetection() {
            system.put("fastjpa.pool.leak-detection", "2000");
            assertThat(read("default").pool().leakDetectionMillis()).isEqualTo(2000);

            system.put("fastjpa.pool.leak-detection", "1800000");
            assertThat(read("default").pool().leakDetectionMillis()).isEqualTo(1_800_000);
        }
    }

    @Nested
    class DataSource {

        @Test
        void shouldNeedNoUrlForANamedDatabase() {
            system.put("fastjpa.legacy.datasource", "java:comp/env/jdbc/legacy");

            DatabaseSettings settings = read("legacy");

            assertThat(settings.dataSource()).hasValue("java:comp/env/jdbc/legacy");
            assertThat(settings.url()).isEmpty();
            assertThat(settings.location()).isEqualTo("DataSource java:comp/env/jdbc/legacy");
            assertThat(settings)
                    .hasToString(
                            "DatabaseSettings[name=legacy, datasource=java:comp/env/jdbc/legacy, user=, schema=none]");
        }

        @Test
        void shouldNeitherUseEmbeddedH2NorDatabaseUrl() {
            system.put("fastjpa.datasource", "java:comp/DefaultDataSource");
            environment.put("DATABASE_URL", "postgres://app:secret@db/shop");

            DatabaseSettings settings = read("default");

            assertThat(settings.url()).isEmpty();
            assertThat(settings.user()).isEmpty();
            assertThat(settings.password()).isEmpty();
            assertThat(settings.schema()).isEqualTo(DatabaseSettings.Schema.NONE);
        }

        @Test
        void shouldBeAbsentByDefault() {
            assertThat(read("default").dataSource()).isEmpty();
            assertThat(read("default").location()).isEqualTo(DatabaseSettings.EMBEDDED_H2_URL);
        }

        @ParameterizedTest
        @CsvSource({
            "url, jdbc:h2:mem:x",
            "user, app",
            "pool.size, 5",
            "pool.timeout, 1000",
            "pool.pre-ping, false",
            "pool.leak-detection, 5000"
        })
        void shouldRejectSettingsTheContainersDataSourceHasItsOwnOf(String key, String value) {
            system.put("fastjpa.datasource", "java:comp/DefaultDataSource");
            system.put("fastjpa." + key, value);

            assertThatThrownBy(() -> read("default"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FASTJPA-002: setting fastjpa." + key + "='" + value + "' is not valid")
                    .hasMessageContaining("nothing while fastjpa.datasource is set");
        }

        @Test
        void shouldMaskThePasswordOfARejectedUrl() {
            system.put("fastjpa.datasource", "java:comp/DefaultDataSource");
            system.put("fastjpa.url", "postgres://app:hunter2@db/shop");
            assertThatThrownBy(() -> read("default"))
                    .hasMessageContaining("fastjpa.url='****'")
                    .hasMessageNotContaining("hunter2");

            system.put("fastjpa.url", "jdbc:postgresql://db/shop?password=hunter2");
            assertThatThrownBy(() -> read("default"))
                    .hasMessageContaining("fastjpa.url='jdbc:postgresql://db/shop?password=****'")
                    .hasMessageNotContaining("hunter2");
        }

        @Test
        void shouldMaskARejectedPassword() {
            system.put("fastjpa.datasource", "java:comp/DefaultDataSource");
            system.put("fastjpa.password", "hunter2");

            assertThatThrownBy(() -> read("default"))
                    .hasMessageContaining("fastjpa.password='****'")
                    .hasMessageNotContaining("hunter2");
        }
    }

    @Nested
    class Known {

        @Test
        void shouldKnowThePoolAndDataSourceKeysOfEveryDatabase() {
            system.put("fastjpa.pool.size", "1");
            system.put("fastjpa.pool.timeout", "1000");
            system.put("fastjpa.pool.pre-ping", "true");
            system.put("fastjpa.pool.leak-detection", "0");
            system.put("fastjpa.legacy.datasource", "java:comp/DefaultDataSource");
            defaults.setProperty("fastjpa.replica.pool.size", "2");
            defaults.setProperty("fastjpa.replica.pool.leak-detection", "0");

            assertThat(KnownSettings.unknownKeys(settings())).isEmpty();
        }

        @Test
        void shouldStillRejectAMisspelledPoolKey() {
            system.put("fastjpa.pool.max-size", "1");

            assertThat(KnownSettings.unknownKeys(settings())).singleElement().satisfies(message -> assertThat(message)
                    .startsWith("FASTJPA-012: unknown setting fastjpa.pool.max-size;")
                    .contains("pool.size"));
        }
    }

    private Settings settings() {
        return new Settings(system, environment, defaults);
    }

    private DatabaseSettings read(String name) {
        return DatabaseSettings.read(settings(), name);
    }
}
