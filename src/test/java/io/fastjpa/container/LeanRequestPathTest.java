package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * What a request does not cost: no session and no connection when it never uses its {@code EntityManager}, no flush
 * in a read-only unit. Counted by Hibernate's statistics (EclipseLink has no such counters), on a container booted by
 * hand with statistics switched on through {@code fastjpa.properties.}; each check first shows that the counter does
 * move when the work is there.
 */
class LeanRequestPathTest {

    private static final Map<String, String> SETTINGS = Map.of(
            "fastjpa.url", "jdbc:h2:mem:lean_request_path;DB_CLOSE_DELAY=-1;MODE=LEGACY",
            "fastjpa.schema", "drop-and-create",
            "fastjpa.provider", "org.hibernate.jpa.HibernatePersistenceProvider",
            "fastjpa.properties.hibernate.generate_statistics", "true");

    @Test
    void shouldOpenNoSessionAndNoConnectionForARequestThatNeverUsesTheDatabase() {
        try (SystemProperties settings = SystemProperties.set(SETTINGS);
                WeldContainer container = FastJpaWeld.weld(Units.class).initialize()) {
            Statistics statistics = statistics(container);
            Units units = container.select(Units.class).get();
            RequestContextController request =
                    container.select(RequestContextController.class).get();

            inRequest(request, () -> units.call(entityManager -> entityManager.find(Tag.class, 1L)));
            long sessions = statistics.getSessionOpenCount();
            long connections = statistics.getConnectCount();
            assertThat(sessions).isPositive();
            assertThat(connections).isPositive();

            inRequest(request, () -> units.run(entityManager -> {}));

            assertThat(statistics.getSessionOpenCount()).isEqualTo(sessions);
            assertThat(statistics.getConnectCount()).isEqualTo(connections);
        }
    }

    @Test
    void shouldNotFlushAReadOnlyUnit() {
        try (SystemProperties settings = SystemProperties.set(SETTINGS);
                WeldContainer container = FastJpaWeld.weld(Units.class).initialize()) {
            Statistics statistics = statistics(container);
            Units units = container.select(Units.class).get();

            units.run(entityManager -> entityManager.persist(new Tag("lean")));
            long flushes = statistics.getFlushCount();
            assertThat(flushes).isPositive();

            int found = units.callReadOnly(entityManager -> entityManager
                    .createQuery("SELECT t FROM Tag t", Tag.class)
                    .getResultList()
                    .size());

            assertThat(found).isEqualTo(1);
            assertThat(statistics.getFlushCount()).isEqualTo(flushes);
        }
    }

    private static Statistics statistics(WeldContainer container) {
        return container
                .select(EntityManagerFactory.class)
                .get()
                .unwrap(SessionFactory.class)
                .getStatistics();
    }

    private static void inRequest(RequestContextController request, Runnable work) {
        request.activate();
        try {
            work.run();
        } finally {
            request.deactivate();
        }
    }
}
