package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.fastjpa.internal.DatabaseSettings.Schema;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private final Map<String, String> system = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Properties defaults = new Properties();

    @Nested
    class Prefix {

        @Test
        void shouldUseTheBarePrefixForTheDefaultDatabase() {
            assertThat(DatabaseSettings.prefix("default")).isEqualTo("fastjpa.");
        }

        @Test
        void shouldPutTheNameInThePrefixOfANamedDatabase() {
            assertThat(DatabaseSettings.prefix("replica")).isEqualTo("fastjpa.replica.");
        }
    }

    @Nested
    class DefaultDatabase {

        @Test
        void shouldFallBackToEmbeddedH2WithCreatedSchema() {
            DatabaseSettings settings = read("default");

            assertThat(settings.name()).isEqualTo("default");
            assertThat(settings.url()).isEqualTo("jdbc:h2:mem:fastjpa;DB_CLOSE_DELAY=-1;MODE=LEGACY");
            assertThat(settings.schema()).isEqualTo(Schema.CREATE);
            assertThat(settings.user()).isEmpty();
            assertThat(settings.password()).isEmpty();
            assertThat(settings.provider()).isEmpty();
            assertThat(settings.entities()).isEmpty();
            assertThat(settings.echo()).isFalse();
            assertThat(settings.echoParameters()).isFalse();
            assertThat(settings.properties()).isEmpty();
        }

        @Test
        void shouldReadTheUnprefixedKeys() {
            system.put("fastjpa.url", "jdbc:postgresql://db/heroes");
            system.put("fastjpa.user", "app");
            environment.put("FASTJPA_PASSWORD", "hunter2");
            defaults.setProperty("fastjpa.provider", "eclipselink");
            defaults.setProperty("fastjpa.echo", "true");

            DatabaseSettings settings = read("default");

            assertThat(settings.url()).isEqualTo("jdbc:postgresql://db/heroes");
            assertThat(settings.user()).hasValue("app");
            assertThat(settings.password()).hasValue("hunter2");
            assertThat(settings.provider()).hasValue("eclipselink");
            assertThat(settings.echo()).isTrue();
        }

        @Test
        void shouldReadEchoParametersPerDatabase() {
            system.put("fastjpa.replica.url", "jdbc:h2:mem:replica");
            system.put("fastjpa.replica.echo-parameters", "true");

            assertThat(read("replica").echoParameters()).isTrue();
            assertThat(read("default").echoParameters()).isFalse();
        }

        @Test
        void shouldLeaveTheSchemaAloneForAConfiguredUrl() {
            system.put("fastjpa.url", "jdbc:h2:mem:other");

            assertThat(read("default").schema()).isEqualTo(Schema.NONE);
        }

        @Test
        void shouldCreateTheSchemaWhenTheEmbeddedUrlIsConfiguredExplicitly() {
            system.put("fastjpa.url", DatabaseSettings.EMBEDDED_H2_URL);

            assertThat(read("default").schema()).isEqualTo(Schema.CREATE);
        }

        @Test
        void shouldNotReadTheKeysOfANamedDatabase() {
            system.put("fastjpa.replica.user", "reader");
            system.put("fastjpa.replica.properties.x", "1");

            DatabaseSettings settings = read("default");

            assertThat(settings.user()).isEmpty();
            assertThat(settings.properties()).isEmpty();
        }
    }

    @Nested
    class NamedDatabase {

        @Test
        void shouldReadTheNamedKeys() {
            system.put("fastjpa.replica.url", "jdbc:postgresql://replica/heroes");
            environment.put("FASTJPA_REPLICA_USER", "reader");
            defaults.setProperty("fastjpa.replica.schema", "none");

            DatabaseSettings settings = read("replica");

            assertThat(settings.name()).isEqualTo("replica");
            assertThat(settings.url()).isEqualTo("jdbc:postgresql://replica/heroes");
            assertThat(settings.user()).hasValue("reader");
            assertThat(settings.schema()).isEqualTo(Schema.NONE);
        }

        @Test
        void shouldNotInheritTheDefaultDatabasesKeys() {
            system.put("fastjpa.url", "jdbc:postgresql://db/heroes");
            system.put("fastjpa.user", "app");
            system.put("fastjpa.schema", "create");
            system.put("fastjpa.properties.x", "1");
            system.put("fastjpa.replica.url", "jdbc:postgresql://replica/heroes");

            DatabaseSettings settings = read("replica");

            assertThat(settings.user()).isEmpty();
            assertThat(settings.schema()).isEqualTo(Schema.NONE);
            assertThat(settings.properties()).isEmpty();
        }

        @Test
        void shouldNameTheKeyAndEnvironmentVariableOfAMissingUrl() {
            assertThatThrownBy(() -> read("replica"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-001: database 'replica' has no JDBC URL: set fastjpa.replica.url (or the"
                            + " environment variable FASTJPA_REPLICA_URL) in META-INF/fastjpa.properties, a system"
                            + " property or the environment");
        }

        @Test
        void shouldTreatABlankUrlAsMissing() {
            system.put("fastjpa.replica.url", "  ");

            assertThatThrownBy(() -> read("replica"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FASTJPA-001: database 'replica'");
        }

        @Test
        void shouldNotFallBackToEmbeddedH2() {
            system.put("fastjpa.url", DatabaseSettings.EMBEDDED_H2_URL);

            assertThatThrownBy(() -> read("replica")).hasMessageStartingWith("FASTJPA-001:");
        }
    }

    @Nested
    class SchemaSetting {

        @Test
        void shouldParseEveryValueInAnyCase() {
            system.put("fastjpa.url", "jdbc:postgresql://db/heroes");

            system.put("fastjpa.schema", "Create");
            assertThat(read("default").schema()).isEqualTo(Schema.CREATE);
            system.put("fastjpa.schema", "DROP-AND-CREATE");
            assertThat(read("default").schema()).isEqualTo(Schema.DROP_AND_CREATE);
            system.put("fastjpa.schema", " none ");
            assertThat(read("default").schema()).isEqualTo(Schema.NONE);
            system.put("fastjpa.schema", "Validate");
            assertThat(read("default").schema()).isEqualTo(Schema.VALIDATE);
        }

        @Test
        void shouldOverrideTheEmbeddedDefault() {
            system.put("fastjpa.schema", "none");

            assertThat(read("default").schema()).isEqualTo(Schema.NONE);
        }

        @Test
        void shouldNameTheKeyAndTheAllowedValuesOfAnInvalidSchema() {
            system.put("fastjpa.schema", "drop_and_create");

            assertThatThrownBy(() -> read("default"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.schema='drop_and_create' is not valid;"
                            + " allowed: none, create, drop-and-create, validate");
        }

        @Test
        void shouldNameTheKeyOfANamedDatabase() {
            system.put("fastjpa.replica.url", "jdbc:postgresql://replica/heroes");
            environment.put("FASTJPA_REPLICA_SCHEMA", "update");

            assertThatThrownBy(() -> read("replica"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.replica.schema='update' is not valid;"
                            + " allowed: none, create, drop-and-create, validate");
        }
    }

    @Nested
    class Entities {

        @Test
        void shouldSplitTrimAndSkipEmptyNames() {
            system.put("fastjpa.entities", " io.heroes.Hero , io.heroes.Team,, ");

            assertThat(read("default").entities()).containsExactly("io.heroes.Hero", "io.heroes.Team");
        }

        @Test
        void shouldReadASingleEntity() {
            system.put("fastjpa.entities", "io.heroes.Hero");

            assertThat(read("default").entities()).containsExactly("io.heroes.Hero");
        }
    }

    @Nested
    class PassThroughProperties {

        @Test
        void shouldPassTheDefaultDatabasesPropertiesWithoutPrefix() {
            system.put("fastjpa.properties.eclipselink.logging.level", "FINE");
            defaults.setProperty("fastjpa.properties.jakarta.persistence.lock.timeout", "1000");

            assertThat(read("default").properties())
                    .containsOnly(
                            entry("eclipselink.logging.level", "FINE"),
                            entry("jakarta.persistence.lock.timeout", "1000"));
        }

        @Test
        void shouldPassANamedDatabasesProperties() {
            system.put("fastjpa.replica.url", "jdbc:postgresql://replica/heroes");
            system.put("fastjpa.replica.properties.eclipselink.jdbc.read-only", "true");

            assertThat(read("replica").properties()).containsOnly(entry("eclipselink.jdbc.read-only", "true"));
        }

        @Test
        void shouldPassPropertiesFromTheEnvironment() {
            environment.put("FASTJPA_PROPERTIES_ECLIPSELINK_LOGGING_LEVEL", "FINE");

            assertThat(read("default").properties()).containsOnly(entry("eclipselink.logging.level", "FINE"));
        }

        @Test
        void shouldTakeAPropertysValueFromTheHighestSource() {
            system.put("fastjpa.properties.eclipselink.logging.level", "FINE");
            defaults.setProperty("fastjpa.properties.eclipselink.logging.level", "OFF");

            assertThat(read("default").properties()).containsOnly(entry("eclipselink.logging.level", "FINE"));
        }

        @Test
        void shouldSkipBlankProperties() {
            system.put("fastjpa.properties.eclipselink.logging.level", " ");

            assertThat(read("default").properties()).isEmpty();
        }

        @Test
        void shouldBeImmutable() {
            system.put("fastjpa.properties.x", "1");

            Map<String, String> properties = read("default").properties();

            assertThatThrownBy(() -> properties.put("y", "2")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Echo {

        @Test
        void shouldNameTheKeyOfAnInvalidEcho() {
            system.put("fastjpa.echo", "on");

            assertThatThrownBy(() -> read("default"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.echo='on' is not valid; allowed: true or false");
        }
    }

    @Nested
    class ToString {

        @Test
        void shouldShowNameUrlUserAndSchema() {
            system.put("fastjpa.url", "jdbc:postgresql://db/heroes");
            system.put("fastjpa.user", "app");
            system.put("fastjpa.password", "hunter2");

            assertThat(read("default"))
                    .hasToString(
                            "DatabaseSettings[name=default, url=jdbc:postgresql://db/heroes, user=app, schema=none]");
        }

        @Test
        void shouldNeverShowThePassword() {
            system.put("fastjpa.url", "jdbc:postgresql://db/heroes");
            system.put("fastjpa.password", "hunter2");

            assertThat(read("default").toString()).doesNotContain("hunter2");
        }

        @Test
        void shouldNeverShowAPasswordInTheUrl() {
            system.put("fastjpa.url", "jdbc:postgresql://db/heroes?user=app&password=hunter2");

            assertThat(read("default").toString())
                    .doesNotContain("hunter2")
                    .contains("url=jdbc:postgresql://db/heroes?user=app&password=****,");
        }
    }

    @Nested
    class Scan {

        @Test
        void shouldScanByDefault() {
            assertThat(read("default").scan()).isTrue();
        }

        @Test
        void shouldMapTheListedEntitiesOnlyWithoutScanning() {
            system.put("fastjpa.audit.url", "jdbc:postgresql://db/audit");
            system.put("fastjpa.audit.scan", "false");
            system.put("fastjpa.audit.entities", "io.shop.AuditEvent");

            DatabaseSettings settings = read("audit");

            assertThat(settings.scan()).isFalse();
            assertThat(settings.entities()).containsExactly("io.shop.AuditEvent");
        }

        @Test
        void shouldRefuseNotToScanWithoutListedEntities() {
            system.put("fastjpa.audit.url", "jdbc:postgresql://db/audit");
            system.put("fastjpa.audit.scan", "false");

            assertThatThrownBy(() -> read("audit"))
                    .hasMessageStartingWith("FASTJPA-002: setting fastjpa.audit.scan='false' is not valid")
                    .hasMessageContaining("fastjpa.audit.entities");
        }
    }

    @Nested
    class Replica {

        @Test
        void shouldHaveNoReplicaByDefault() {
            assertThat(read("default").replica()).isEmpty();
        }

        @Test
        void shouldReadTheReplicaOfTheDefaultDatabase() {
            environment.put("FASTJPA_REPLICA", " replica ");

            assertThat(read("default").replica()).hasValue("replica");
        }

        @Test
        void shouldReadTheReplicaOfANamedDatabase() {
            system.put("fastjpa.orders.url", "jdbc:postgresql://primary/orders");
            defaults.setProperty("fastjpa.orders.replica", "orders-copy");
            system.put("fastjpa.replica", "not-the-orders-one");

            assertThat(read("orders").replica()).hasValue("orders-copy");
        }
    }

    private DatabaseSettings read(String name) {
        return DatabaseSettings.read(new Settings(system, environment, defaults), name);
    }
}
