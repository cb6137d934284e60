package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * An application that produces its own {@code EntityManager}: FastJPA adds none and bootstraps nothing for that
 * database, but still runs units of work and paginates with it. The container is booted by hand to record what FastJPA logs while it
 * starts; no {@code fastjpa.*} setting is needed.
 */
class SteppingAsideTest {

    @Test
    void shouldAddNoEntityManagerOfItsOwn() {
        try (LogRecorder log = LogRecorder.start();
                WeldContainer container =
                        FastJpaWeld.weld(OwnEntityManager.class, Units.class).initialize()) {

            assertThat(container.select(EntityManager.class).get()).isSameAs(OwnEntityManager.APPLICATIONS);
            assertThat(container.select(EntityManagerFactory.class).isUnsatisfied())
                    .isTrue();
            assertThat(log.messages())
                    .anySatisfy(message ->
                            assertThat(message).startsWith("FASTJPA-051").contains("'default'"))
                    .noneSatisfy(message -> assertThat(message).startsWith("FASTJPA-050"));
        }
    }

    @Test
    void shouldWarnThatAReplicaOfTheApplicationsEntityManagerHasNoEffect() {
        try (SystemProperties settings = SystemProperties.set(Map.of("fastjpa.replica", "reader"));
                LogRecorder log = LogRecorder.start();
                WeldContainer container =
                        FastJpaWeld.weld(OwnEntityManager.class, Units.class).initialize()) {

            assertThat(container.select(EntityManager.class).get()).isSameAs(OwnEntityManager.APPLICATIONS);
            assertThat(log.messages()).anySatisfy(message -> assertThat(message)
                    .startsWith("FASTJPA-065: fastjpa.replica=reader has no effect")
                    .contains("database 'default'"));
        }
    }

    @Test
    void shouldStillRunUnitsOfWorkWithTheApplicationsEntityManager() {
        try (WeldContainer container =
                FastJpaWeld.weld(OwnEntityManager.class, Units.class).initialize()) {
            AtomicReference<EntityManager> given = new AtomicReference<>();

            container.select(Units.class).get().run(given::set);

            assertThat(given.get()).isSameAs(OwnEntityManager.APPLICATIONS);
        }
    }

    @Test
    void shouldStillPaginateWithTheApplicationsEntityManager() {
        try (WeldContainer container =
                FastJpaWeld.weld(OwnEntityManager.class, Units.class).initialize()) {
            Paginator paginator = container.select(Paginator.class).get();

            // The fake answers nothing but its name: the call reaching it proves whose EntityManager pages.
            assertThatThrownBy(() -> paginator.page("SELECT b FROM Book b", Object.class, PageRequest.of(0, 10)))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("createQuery");
        }
    }
}
