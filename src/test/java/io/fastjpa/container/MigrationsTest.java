package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code fastjpa.[<name>.]migrations}: Flyway migrates each database at start-up, before its EntityManagerFactory, so
 * entities map onto migrated tables with {@code schema=none}; a failed migration stops the start. Boots Weld by hand,
 * because the migrations run at boot.
 */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations_test;DB_CLOSE_DELAY=-1;MODE=LEGACY";
    private static final String ARCHIVE_URL = "jdbc:h2:mem:migrations_test_archive;DB_CLOSE_DELAY=-1;MODE=LEGACY";
    private static final String BROKEN_URL = "jdbc:h2:mem:migrations_test_broken;DB_CLOSE_DELAY=-1;MODE=LEGACY";
    private static final String PASSWORD = "s3cret-Pa55word";
    private static final String NOTES = "classpath:db/fastjpa-migrations-test/notes";

    @AfterEach
    void dropTheDatabases() throws SQLException {
        execute(URL, "SHUTDOWN");
        execute(ARCHIVE_URL, "SHUTDOWN");
    }

    @Test
    void shouldMigrateBeforeTheEntityManagerFactoryAndMapEntitiesOnTheMigratedTables() throws SQLException {
        try (SystemProperties settings = SystemProperties.set(settings(NOTES));
                LogRecorder log = LogRecorder.start();
                WeldContainer container = FastJpaWeld.weld(Units.class).initialize()) {
            Units units = container.select(Units.class).get();
            units.run(entityManager -> entityManager.persist(new Note(2, "written")));

            List<String> texts = units.call(entityManager -> entityManager
                    .createQuery("select n.text from Note n order by n.id", String.class)
                    .getResultList());

            assertThat(texts).containsExactly("migrated", "written");
            assertThat(log.messages())
                    .filteredOn(message -> message.startsWith("FASTJPA-057") || message.startsWith("FASTJPA-050"))
                    .hasSize(2)
                    .satisfies(messages -> assertThat(messages.get(0))
                            .isEqualTo("FASTJPA-057: database 'default' migrated from [" + NOTES
                                    + "]: 2 migrations applied, schema version 2"))
                    .satisfies(messages -> assertThat(messages.get(1)).startsWith("FASTJPA-050"));
        }
    }

    @Test
    void shouldApplyNothingOnASecondStart() throws SQLException {
        try (SystemProperties settings = SystemProperties.set(settings(NOTES))) {
            FastJpaWeld.weld(Units.class).initialize().close();
            try (LogRecorder log = LogRecorder.start();
                    WeldContainer container = FastJpaWeld.weld(Units.class).initialize()) {
                long notes = container.select(Units.class).get().call(entityManager -> entityManager
                        .createQuery("select count(n) from Note n", Long.class)
                        .getSingleResult());

                assertThat(notes).isEqualTo(1);
                assertThat(log.messages())
                        .contains("FASTJPA-057: database 'default' migrated from [" + NOTES
                                + "]: 0 migrations applied, schema version 2");
            }
        }
        assertThat(count(URL, "select count(*) from \"flyway_schema_history\" where \"success\" and \"type\" = 'SQL'"))
                .isEqualTo(2);
    }

    @Test
    void shouldStopTheStartWhenAMigrationFailsWithoutRevealingThePassword() throws SQLException {
        Map<String, String> properties = settings("classpath:db/fastjpa-migrations-test/broken");
        properties.put("fastjpa.url", BROKEN_URL);
        properties.put("fastjpa.user", "sa");
        properties.put("fastjpa.password", PASSWORD);
        try (SystemProperties settings = SystemProperties.set(properties)) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-016")
                    .hasMessageContaining("'default'")
                    .hasMessageContaining("classpath:db/fastjpa-migrations-test/broken")
                    .hasMessageContaining("V2__broken.sql")
                    .satisfies(failure -> assertThat(stackTraceOf(failure)).doesNotContain(PASSWORD));
        }
        // The first migration stays applied; the broken one is not recorded as applied.
        try (Connection connection = DriverManager.getConnection(BROKEN_URL, "sa", PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" and \"type\" = 'SQL'")) {
            result.next();
            assertThat(result.getLong(1)).isEqualTo(1);
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void shouldStopTheStartWhenALocationNamesNothing() {
        try (SystemProperties settings =
                SystemProperties.set(settings("classpath:db/fastjpa-migrations-test/nothing"))) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-016")
                    .hasMessageContaining("classpath:db/fastjpa-migrations-test/nothing");
        }
    }

    @Test
    void shouldRejectALocationFlywayCannotRead() {
        try (SystemProperties settings = SystemProperties.set(settings(NOTES + ", s3:bucket/migrations"))) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-002")
                    .hasMessageContaining("fastjpa.migrations")
                    .hasMessageContaining("s3:bucket/migrations");
        }
    }

    @Test
    void shouldMigrateEachDatabaseFromItsOwnLocations() throws SQLException {
        Map<String, String> properties = settings(NOTES);
        properties.put("fastjpa.archive.url", ARCHIVE_URL);
        properties.put("fastjpa.archive.schema", "none");
        properties.put("fastjpa.archive.provider", TestDatabases.provider());
        properties.put("fastjpa.archive.migrations", "classpath:db/fastjpa-migrations-test/archive");
        try (SystemProperties settings = SystemProperties.set(properties);
                LogRecorder log = LogRecorder.start();
                WeldContainer container = FastJpaWeld.weld(Units.class).initialize()) {
            assertThat(log.messages())
                    .contains(
                            "FASTJPA-057: database 'default' migrated from [" + NOTES
                                    + "]: 2 migrations applied, schema version 2",
                            "FASTJPA-057: database 'archive' migrated from"
                                    + " [classpath:db/fastjpa-migrations-test/archive]: 1 migration applied, schema"
                                    + " version 1");
        }
        assertThat(tables(URL)).contains("MG_NOTE").doesNotContain("MG_ARCHIVE");
        assertThat(tables(ARCHIVE_URL)).contains("MG_ARCHIVE").doesNotContain("MG_NOTE");
    }

    @Test
    void shouldMigratePostgreSqlThroughFlywaysDatabaseModule() {
        try (io.fastjpa.stack.TestDatabase postgres = io.fastjpa.stack.TestDatabase.postgres("migrations_test")) {
            Map<String, String> properties = settings(NOTES);
            properties.put("fastjpa.url", postgres.url());
            properties.put("fastjpa.user", postgres.user());
            properties.put("fastjpa.password", postgres.password());
            try (SystemProperties settings = SystemProperties.set(properties);
                    LogRecorder log = LogRecorder.start();
                    WeldContainer container = FastJpaWeld.weld(Units.class).initialize()) {
                Units units = container.select(Units.class).get();
                units.run(entityManager -> entityManager.persist(new Note(2, "written")));

                assertThat(log.messages())
                        .contains("FASTJPA-057: database 'default' migrated from [" + NOTES
                                + "]: 2 migrations applied, schema version 2");
            }
            assertThat(postgres.count("select count(*) from mg_note")).isEqualTo(2);
            assertThat(postgres.count("select count(*) from flyway_schema_history where success and type = 'SQL'"))
                    .isEqualTo(2);
        }
    }

    private static Map<String, String> settings(String migrations) {
        Map<String, String> properties = new HashMap<>();
        properties.put("fastjpa.url", URL);
        properties.put("fastjpa.schema", "none");
        properties.put("fastjpa.provider", TestDatabases.provider());
        properties.put("fastjpa.migrations", migrations);
        return properties;
    }

    private static List<String> tables(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet result = connection.getMetaData().getTables(null, "PUBLIC", "MG_%", null)) {
            List<String> names = new java.util.ArrayList<>();
            while (result.next()) {
                names.add(result.getString("TABLE_NAME"));
            }
            return names;
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
