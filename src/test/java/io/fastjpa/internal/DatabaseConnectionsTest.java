package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import javax.naming.Context;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Where a started database's connections come from, seen from EclipseLink's side: FastJPA's HikariCP pool, the
 * provider's own pool when HikariCP is absent (simulated with {@code DatabaseStarter}'s switch, as HikariCP is on the
 * test class path), or the container's DataSource found by JNDI name.
 */
class DatabaseConnectionsTest {

    private final Map<String, String> system = new HashMap<>();
    private final List<StartedDatabase> started = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        for (StartedDatabase database : started) {
            Databases databases = new Databases();
            databases.started(Map.of(database.name(), database));
            databases.closeAll();
        }
    }

    private StartedDatabase start(String name, boolean hikari) {
        StartedDatabase database = starter(hikari).start(settings(name));
        started.add(database);
        return database;
    }

    private DatabaseStarter starter(boolean hikari) {
        // EclipseLink needs a root to scan; the test classes' has entities of other tests, which only get mapped.
        return new DatabaseStarter(
                getClass().getClassLoader(),
                List.of(FastJpaExtension.rootOf(DatabaseConnectionsTest.class).orElseThrow()),
                hikari);
    }

    private DatabaseSettings settings(String name) {
        return DatabaseSettings.read(new Settings(system, Map.of(), new Properties()), name);
    }

    private void useH2(String database) {
        system.put("fastjpa.url", h2(database));
        system.put("fastjpa.provider", "eclipselink");
    }

    private static String h2(String database) {
        return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    }

    private static ServerSession session(StartedDatabase database) {
        return (ServerSession) JpaHelper.getServerSession(database.factory());
    }

    private static Object selectOne(StartedDatabase database) {
        EntityManager entityManager = database.createEntityManager();
        try {
            return entityManager.createNativeQuery("SELECT 1").getSingleResult();
        } finally {
            entityManager.close();
        }
    }

    @Nested
    class WithHikari {

        @Test
        void shouldHandTheProviderAPoolNamedForTheDatabase() {
            useH2("connections_hikari");
            system.put("fastjpa.pool.size", "2");

            StartedDatabase database = start("default", true);

            DataSource dataSource = database.connections().dataSource();
            assertThat(dataSource).isInstanceOf(HikariDataSource.class);
            HikariDataSource pool = (HikariDataSource) dataSource;
            assertThat(pool.getPoolName()).isEqualTo("fastjpa-default");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
            assertThat(pool.getJdbcUrl()).isEqualTo(h2("connections_hikari"));
            assertThat(pool.getDriverClassName()).isEqualTo("org.h2.Driver");
            assertThat(session(database).getLogin().getConnector())
                    .isInstanceOfSatisfying(JNDIConnector.class, connector -> assertThat(connector.getDataSource())
                            .isSameAs(pool));
            assertThat(database.factory().getProperties()).doesNotContainKey("jakarta.persistence.jdbc.url");
            assertThat(selectOne(database)).isEqualTo(1);
        }

        @Test
        void shouldStopEclipseLinkRetryingWhatThePoolRefused() {
            useH2("connections_retry");

            StartedDatabase database = start("default", true);

            assertThat(session(database).getLogin().getQueryRetryAttemptCount()).isZero();
        }

        @Test
        void shouldCloseThePoolWithTheDatabase() {
            useH2("connections_close");
            StartedDatabase database = starter(true).start(settings("default"));
            HikariDataSource pool = (HikariDataSource) database.connections().dataSource();
            Databases databases = new Databases();
            databases.started(Map.of("default", database));

            databases.closeAll();

            assertThat(database.factory().isOpen()).isFalse();
            assertThat(pool.isClosed()).isTrue();
        }

        // EclipseLink shares the session of units with the same name, root and connection properties: two
        // applications in one JVM (or two test stacks) must not end up on one pool.
        @Test
        void shouldGiveTwoDatabasesOfTheSameNameTheirOwnPools() {
            useH2("connections_first");
            StartedDatabase first = start("default", true);
            useH2("connections_second");

            StartedDatabase second = start("default", true);

            DataSource pool = second.connections().dataSource();
            assertThat(pool).isNotSameAs(first.connections().dataSource());
            assertThat(session(second).getLogin().getConnector())
                    .isInstanceOfSatisfying(JNDIConnector.class, connector -> assertThat(connector.getDataSource())
                            .isSameAs(pool));
        }

        @Test
        void shouldCloseThePoolWhenTheProviderFailsToStart() throws SQLException {
            system.put("fastjpa.broken.url", h2("connections_failed_start"));
            system.put("fastjpa.broken.provider", "eclipselink");
            system.put("fastjpa.broken.pool.size", "3");
            system.put("fastjpa.broken.properties.eclipselink.session.customizer", "io.fastjpa.NoSuchCustomizer");

            assertThatThrownBy(() -> start("broken", true))
                    .hasMessageStartingWith("FASTJPA-006: database 'broken' (" + h2("connections_failed_start"));

            assertThat(openSessions("connections_failed_start"))
                    .as("only the session counting them: the pool's connections are closed")
                    .isEqualTo(1);
        }

        @Test
        void shouldFailTheStartWhenThePoolCannotConnect() {
            system.put("fastjpa.url", "jdbc:h2:mem:connections_missing;IFEXISTS=TRUE");
            system.put("fastjpa.provider", "eclipselink");

            assertThatThrownBy(() -> start("default", true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(
                            "FASTJPA-006: database 'default' (jdbc:h2:mem:connections_missing;IFEXISTS=TRUE)");
        }

        private long openSessions(String database) throws SQLException {
            try (Connection connection = DriverManager.getConnection(h2(database));
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Nested
    class WithoutHikari {

        @Test
        void shouldSizeEclipseLinksOwnPools() {
            useH2("connections_provider_pool");
            system.put("fastjpa.pool.size", "3");
            system.put("fastjpa.pool.timeout", "1234");

            StartedDatabase database = start("default", false);

            assertThat(database.connections().dataSource()).isNull();
            ServerSession session = session(database);
            assertThat(session.getDefaultConnectionPool().getMaxNumberOfConnections())
                    .isEqualTo(3);
            assertThat(session.getDefaultConnectionPool().getMinNumberOfConnections())
                    .isEqualTo(3);
            assertThat(session.getDefaultConnectionPool().getWaitTimeout()).isEqualTo(1234);
            assertThat(session.getReadConnectionPool().getMaxNumberOfConnections())
                    .isEqualTo(3);
            assertThat(selectOne(database)).isEqualTo(1);
        }

        @Test
        void shouldSayWhatTheProvidersPoolCannotDo() {
            useH2("connections_provider_limits");
            List<String> messages = new ArrayList<>();
            Handler recorder = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    messages.add(record.getMessage());
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            Messages.LOG.addHandler(recorder);
            try {
                start("default", false);
            } finally {
                Messages.LOG.removeHandler(recorder);
            }

            assertThat(messages)
                    .anySatisfy(message -> assertThat(message)
                            .startsWith("FASTJPA-055: database 'default' uses the persistence provider's own")
                            .contains("whatever pool.timeout says"))
                    .anySatisfy(message -> assertThat(message)
                            .startsWith("FASTJPA-050: database 'default' started")
                            .contains("the provider's own pool of 10"));
        }
    }

    @Nested
    class ContainerDataSource {

        private static final String NAME = "java:comp/env/jdbc/legacy";

        @BeforeEach
        void installNaming() {
            System.setProperty(Context.INITIAL_CONTEXT_FACTORY, FakeNaming.class.getName());
            system.put("fastjpa.legacy.datasource", NAME);
            system.put("fastjpa.legacy.provider", "eclipselink");
        }

        @AfterEach
        void removeNaming() {
            System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);
            FakeNaming.BOUND.clear();
        }

        @Test
        void shouldHandTheProviderTheContainersDataSource() {
            JdbcDataSource container = new JdbcDataSource();
            container.setURL(h2("connections_jndi"));
            FakeNaming.BOUND.put(NAME, container);

            StartedDatabase database = start("legacy", true);

            assertThat(database.connections().dataSource()).isSameAs(container);
            assertThat(session(database).getLogin().getConnector())
                    .isInstanceOfSatisfying(JNDIConnector.class, connector -> assertThat(connector.getDataSource())
                            .isSameAs(container));
            assertThat(session(database).getLogin().getQueryRetryAttemptCount()).isZero();
            assertThat(selectOne(database)).isEqualTo(1);
            assertThat(database.connections().description()).isEqualTo("the container's DataSource " + NAME);
        }

        @Test
        void shouldNameADataSourceThatIsNotBound() {
            assertThatThrownBy(() -> start("legacy", true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("FASTJPA-014: database 'legacy': fastjpa.legacy.datasource='" + NAME
                            + "' names no DataSource")
                    .hasMessageContaining("NameNotFoundException");
        }

        @Test
        void shouldRefuseSomethingOtherThanADataSource() {
            FakeNaming.BOUND.put(NAME, "jdbc:h2:mem:connections_not_a_data_source");

            assertThatThrownBy(() -> start("legacy", true))
                    .hasMessageStartingWith("FASTJPA-014: database 'legacy'")
                    .hasMessageContaining("it names a java.lang.String, not a DataSource");
        }

        @Test
        void shouldNameTheDataSourceWhereThereIsNoNamingService() {
            System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);

            assertThatThrownBy(() -> start("legacy", true))
                    .hasMessageStartingWith("FASTJPA-014: database 'legacy': fastjpa.legacy.datasource='" + NAME + "'")
                    .hasMessageContaining("NoInitialContextException");
        }
    }
}
