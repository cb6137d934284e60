package io.fastjpa.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HikariCP pool FastJPA builds, read back from HikariCP and exercised on an in-memory H2 database. */
class HikariPoolsTest {

    private static final String URL = "jdbc:h2:mem:hikari_pools_test;DB_CLOSE_DELAY=-1";

    private HikariDataSource pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    private HikariDataSource open(PoolSettings settings) {
        pool = (HikariDataSource) Pools.hikari("fastjpa-test", URL, "sa", "secret", "org.h2.Driver", settings);
        return pool;
    }

    @Test
    void shouldBeFoundOnTheTestClassPath() {
        assertThat(Pools.hikariPresent()).isTrue();
    }

    @Test
    void shouldApplyTheConnectionSettings() {
        HikariDataSource dataSource = open(PoolSettings.DEFAULTS);

        assertThat(dataSource.getPoolName()).isEqualTo("fastjpa-test");
        assertThat(dataSource.getJdbcUrl()).isEqualTo(URL);
        assertThat(dataSource.getUsername()).isEqualTo("sa");
        assertThat(dataSource.getPassword()).isEqualTo("secret");
        assertThat(dataSource.getDriverClassName()).isEqualTo("org.h2.Driver");
    }

    @Test
    void shouldApplyThePoolSettings() {
        HikariDataSource dataSource = open(new PoolSettings(3, 1500, true, 4000));

        assertThat(dataSource.getMaximumPoolSize()).isEqualTo(3);
        assertThat(dataSource.getConnectionTimeout()).isEqualTo(1500);
        assertThat(dataSource.getLeakDetectionThreshold()).isEqualTo(4000);
    }

    @Test
    void shouldApplyTheDefaults() {
        HikariDataSource dataSource = open(PoolSettings.DEFAULTS);

        assertThat(dataSource.getMaximumPoolSize()).isEqualTo(10);
        assertThat(dataSource.getConnectionTimeout()).isEqualTo(30_000);
        assertThat(dataSource.getLeakDetectionThreshold()).isZero();
    }

    @Test
    void shouldCheckConnectionsWithJdbc4IsValidWithinThePoolTimeout() {
        HikariDataSource dataSource = open(new PoolSettings(1, 300, true, 0));

        assertThat(dataSource.getConnectionTestQuery())
                .as("no test query: HikariCP then checks with Connection.isValid")
                .isNull();
        assertThat(dataSource.getValidationTimeout()).isEqualTo(300);
        assertThat(open(PoolSettings.DEFAULTS).getValidationTimeout()).isEqualTo(5_000);
    }

    @Test
    void shouldReplaceAConnectionTheDatabaseClosedBeforeHandingItOut() throws Exception {
        DataSource dataSource = open(new PoolSettings(1, 5_000, true, 0));
        int firstSession;
        try (Connection connection = dataSource.getConnection()) {
            firstSession = sessionId(connection);
        }
        try (Connection admin = DriverManager.getConnection(URL, "sa", "secret");
                Statement statement = admin.createStatement()) {
            statement.execute("CALL ABORT_SESSION(" + firstSession + ")");
        }
        // HikariCP skips the check for a connection used within the last 500 ms.
        TimeUnit.MILLISECONDS.sleep(700);

        try (Connection connection = dataSource.getConnection()) {
            assertThat(sessionId(connection)).isNotEqualTo(firstSession);
        }
    }

    @Test
    void shouldTimeOutWithATransientConnectionExceptionWhenExhausted() throws Exception {
        DataSource dataSource = open(new PoolSettings(1, 300, true, 0));

        try (Connection taken = dataSource.getConnection()) {
            assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        }
    }

    @Test
    void shouldFailToOpenWhenTheDatabaseRefusesTheLogin() {
        assertThatThrownBy(() -> Pools.hikari(
                        "fastjpa-refused",
                        "jdbc:h2:mem:hikari_pools_refused;IFEXISTS=TRUE",
                        "sa",
                        "",
                        "org.h2.Driver",
                        PoolSettings.DEFAULTS))
                .isInstanceOf(RuntimeException.class)
                .hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void shouldRefuseConnectionsOnceClosed() {
        HikariDataSource dataSource = open(PoolSettings.DEFAULTS);

        dataSource.close();

        assertThat(dataSource.isClosed()).isTrue();
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
    }

    private static int sessionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT SESSION_ID()")) {
            result.next();
            return result.getInt(1);
        }
    }
}
