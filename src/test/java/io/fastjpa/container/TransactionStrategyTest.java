package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.container.Units.ExpectedFailure;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code fastjpa.transactions}: an integrator's strategy named by its class drives every unit's transaction, and a
 * strategy that cannot work stops the start with a message naming the setting.
 */
class TransactionStrategyTest {

    private static final String H2 = "jdbc:h2:mem:transaction_strategy_test;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    @BeforeEach
    void forget() {
        RecordingTransactions.CALLS.clear();
    }

    @Test
    void shouldDriveUnitsThroughTheConfiguredStrategy() {
        try (SystemProperties settings = SystemProperties.set(Map.of(
                        "fastjpa.url",
                        H2,
                        "fastjpa.schema",
                        "drop-and-create",
                        "fastjpa.provider",
                        TestDatabases.provider(),
                        "fastjpa.transactions",
                        RecordingTransactions.class.getName()));
                WeldContainer container = FastJpaWeld.weld(Units.class).initialize()) {
            Units units = container.select(Units.class).get();

            units.run(entityManager -> entityManager.persist(new Tag("kept")));
            assertThatThrownBy(() -> units.run(entityManager -> {
                        entityManager.persist(new Tag("dropped"));
                        throw new ExpectedFailure("fails after writing");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(RecordingTransactions.CALLS).containsExactly("begin", "commit", "begin", "rollback");
            List<String> names = units.call(entityManager -> entityManager
                    .createQuery("SELECT t.name FROM Tag t", String.class)
                    .getResultList());
            assertThat(names).containsExactly("kept");
        }
    }

    @Test
    void shouldRefuseJtaWithoutTheContainersDataSource() {
        try (SystemProperties settings = SystemProperties.set(Map.of(
                "fastjpa.url", H2, "fastjpa.provider", TestDatabases.provider(), "fastjpa.transactions", "jta"))) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-002")
                    .hasMessageContaining("fastjpa.transactions='jta'")
                    .hasMessageContaining("fastjpa.datasource");
        }
    }

    @Test
    void shouldRefuseAClassThatIsNoStrategy() {
        try (SystemProperties settings = SystemProperties.set(Map.of(
                "fastjpa.url",
                H2,
                "fastjpa.provider",
                TestDatabases.provider(),
                "fastjpa.transactions",
                "com.example.NoSuchStrategy"))) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-023")
                    .hasMessageContaining("fastjpa.transactions='com.example.NoSuchStrategy'")
                    .hasMessageContaining("resource-local, jta");
        }
    }

    @Test
    void shouldRefuseAClassThatDoesNotImplementTheSpi() {
        try (SystemProperties settings = SystemProperties.set(Map.of(
                "fastjpa.url", H2,
                "fastjpa.provider", TestDatabases.provider(),
                "fastjpa.transactions", String.class.getName()))) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-023")
                    .hasMessageContaining("does not implement io.fastjpa.spi.TransactionStrategy");
        }
    }
}
