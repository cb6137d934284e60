package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations without HikariCP or without Flyway, simulated with {@code DatabaseStarter}'s switches as both are on the
 * test class path. Without HikariCP Flyway connects with the database's URL, user and password, since the provider's
 * own pool is not a DataSource it could borrow from.
 */
class DatabaseMigrationsTest {

    private static final String URL = "jdbc:h2:mem:database_migrations_test;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    private StartedDatabase database;

    @AfterEach
    void closeAndDrop() throws SQLException {
        if (database != null) {
            Databases databases = new Databases();
            databases.started(Map.of(database.name(), database));
            databases.closeAll();
        }
        try (Connection connection = DriverManager.getConnection(URL, "sa", "pw");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void shouldMigrateWithTheUrlAndCredentialsWhenTheProviderPoolsConnections() {
        database = starter(false, true).start(settings());

        EntityManager entityManager = database.createEntityManager();
        try {
            assertThat(database.connections().dataSource()).isNull();
            assertThat(entityManager
                            .createQuery("select n.text from Note n", String.class)
                            .getResultList())
                    .containsExactly("migrated");
        } finally {
            entityManager.close();
        }
    }

    @Test
    void shouldNameTheFlywayArtifactsWhenFlywayIsMissing() {
        assertThatThrownBy(() -> starter(true, false).start(settings()))
                .hasMessageContaining("FASTJPA-015")
                .hasMessageContaining("'default'")
                .hasMessageContaining("fastjpa.migrations")
                .hasMessageContaining("org.flywaydb:flyway-core")
                .hasMessageContaining("org.flywaydb:flyway-database-postgresql");
    }

    private static DatabaseSettings settings() {
        Map<String, String> system = Map.of(
                "fastjpa.url", URL,
                "fastjpa.user", "sa",
                "fastjpa.password", "pw",
                "fastjpa.provider", "eclipselink",
                "fastjpa.schema", "none",
                "fastjpa.migrations", "classpath:db/fastjpa-migrations-test/notes");
        return DatabaseSettings.read(new Settings(system, Map.of(), new Properties()), "default");
    }

    private static DatabaseStarter starter(boolean hikari, boolean flyway) {
        return new DatabaseStarter(
                DatabaseMigrationsTest.class.getClassLoader(),
                List.of(FastJpaExtension.rootOf(DatabaseMigrationsTest.class).orElseThrow()),
                hikari,
                flyway);
    }
}
