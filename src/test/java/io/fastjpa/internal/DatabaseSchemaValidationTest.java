package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolver;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code fastjpa.schema=validate} on H2 with each provider: a schema that matches the entities starts, one that does
 * not stops the start naming the database and the mismatch.
 */
class DatabaseSchemaValidationTest {

    private static final String MATCHING_TABLE =
            "CREATE TABLE CT_TAG (ID BIGINT AUTO_INCREMENT PRIMARY KEY, NAME VARCHAR(50) NOT NULL UNIQUE)";
    private static final String TABLE_WITHOUT_NAME = "CREATE TABLE CT_TAG (ID BIGINT AUTO_INCREMENT PRIMARY KEY)";

    private final Map<String, String> system = new HashMap<>();
    private final List<StartedDatabase> started = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        Databases databases = new Databases();
        for (StartedDatabase database : started) {
            databases.started(Map.of(database.name(), database));
        }
        databases.closeAll();
    }

    private StartedDatabase start(String provider, String databaseName, String ddl) throws SQLException {
        execute(databaseName, ddl);
        return start(provider, databaseName, "validate", List.of());
    }

    private StartedDatabase start(String provider, String databaseName, String schema, List<URL> roots) {
        system.put("fastjpa.url", url(databaseName));
        system.put("fastjpa.provider", provider);
        system.put("fastjpa.schema", schema);
        system.put("fastjpa.entities", "io.fastjpa.container.Tag");
        DatabaseSettings settings = DatabaseSettings.read(new Settings(system, Map.of(), new Properties()), "default");
        StartedDatabase database = new DatabaseStarter(getClass().getClassLoader(), roots, true).start(settings);
        started.add(database);
        return database;
    }

    // EclipseLink needs a root to scan, which maps every entity of the test classes: let it create their tables first.
    private StartedDatabase startEclipseLinkAfterCreate(String databaseName, String ddl) throws SQLException {
        List<URL> roots = List.of(
                FastJpaExtension.rootOf(DatabaseSchemaValidationTest.class).orElseThrow());
        StartedDatabase creator = start("eclipselink", databaseName, "create", roots);
        started.remove(creator);
        Databases databases = new Databases();
        databases.started(Map.of(creator.name(), creator));
        databases.closeAll();
        execute(databaseName, ddl);
        return start("eclipselink", databaseName, "validate", roots);
    }

    private static String url(String databaseName) {
        // MODE=LEGACY: EclipseLink writes H2 1.x identity DDL.
        return "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
    }

    private static void execute(String databaseName, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(databaseName));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long tagCount(StartedDatabase database) {
        var entityManager = database.createEntityManager();
        try {
            return entityManager
                    .createQuery("SELECT COUNT(t) FROM Tag t", Long.class)
                    .getSingleResult();
        } finally {
            entityManager.close();
        }
    }

    @Nested
    class Hibernate {

        @Test
        void shouldStartOnAMatchingSchema() throws SQLException {
            StartedDatabase database = start("hibernate", "validate_hibernate_ok", MATCHING_TABLE);

            assertThat(tagCount(database)).isZero();
        }

        @Test
        void shouldFailTheStartOnAMissingColumn() {
            assertThatThrownBy(() -> start("hibernate", "validate_hibernate_column", TABLE_WITHOUT_NAME))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("FASTJPA-006: database 'default'")
                    .hasMessageContaining("validate_hibernate_column")
                    .message()
                    .containsIgnoringCase("name");
        }
    }

    @Nested
    class EclipseLink {

        @Test
        void shouldStartOnAMatchingSchema() throws SQLException {
            StartedDatabase database = startEclipseLinkAfterCreate("validate_eclipselink_ok", "SELECT 1");

            assertThat(tagCount(database)).isZero();
        }

        @Test
        void shouldFailTheStartOnAMissingColumn() {
            assertThatThrownBy(() -> startEclipseLinkAfterCreate(
                            "validate_eclipselink_column", "ALTER TABLE CT_TAG DROP COLUMN NAME"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("FASTJPA-006: database 'default'")
                    .hasMessageContaining("the schema does not match the entities")
                    .message()
                    .contains("CT_TAG table has missing columns");
        }

        @Test
        void shouldFailTheStartOnAMissingTable() {
            assertThatThrownBy(() -> startEclipseLinkAfterCreate("validate_eclipselink_table", "DROP TABLE CT_TAG"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the schema does not match the entities")
                    .message()
                    .containsIgnoringCase("ct_tag");
        }
    }

    @Nested
    class ProviderWithoutSchemaManager {

        @AfterEach
        void defaultResolver() {
            PersistenceProviderResolverHolder.setPersistenceProviderResolver(null);
        }

        @Test
        void shouldFailTheStartNamingKeyValueAndProvider() throws SQLException {
            PersistenceProviderResolverHolder.setPersistenceProviderResolver(new PersistenceProviderResolver() {
                @Override
                public List<PersistenceProvider> getPersistenceProviders() {
                    return List.of(new NoSchemaManagerProvider());
                }

                @Override
                public void clearCachedProviders() {}
            });
            execute("validate_unsupported", MATCHING_TABLE);
            List<URL> roots = List.of(
                    FastJpaExtension.rootOf(DatabaseSchemaValidationTest.class).orElseThrow());

            assertThatThrownBy(() ->
                            start(NoSchemaManagerProvider.class.getName(), "validate_unsupported", "validate", roots))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.schema='validate' is not valid; allowed: none, create,"
                            + " drop-and-create: the provider " + NoSchemaManagerProvider.class.getName()
                            + " cannot validate a schema");
        }
    }
}
