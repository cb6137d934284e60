package io.fastjpa.container;

import static io.fastjpa.container.Units.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.Transactor;
import io.fastjpa.container.Units.ExpectedFailure;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link Transactor}: a new, independent unit of work per call, whatever runs around it. */
@FastJpaContainerTest
class TransactorTest {

    @WeldSetup
    WeldInitiator weld = FastJpaWeld.of(Units.class, Tags.class);

    @Inject
    Transactor transactor;

    @Inject
    Units units;

    @Inject
    Tags tags;

    @Inject
    RequestContextController requestContext;

    @Nested
    class Outcome {

        @Test
        void shouldCommitWhenTheWorkReturns(TestDatabase database) {
            transactor.run(entityManager -> entityManager.persist(new Tag("committed")));

            assertThat(database.tagNames()).containsExactly("committed");
        }

        @Test
        void shouldReturnTheResultOfCommittedWork(TestDatabase database) {
            Long id = transactor.call(entityManager -> {
                Tag tag = new Tag("committed");
                entityManager.persist(tag);
                entityManager.flush();
                return tag.getId();
            });

            assertThat(id).isNotNull();
            assertThat(database.tagNames()).containsExactly("committed");
        }

        @Test
        void shouldRollBackAndRethrowWhenTheWorkThrows(TestDatabase database) {
            ExpectedFailure failure = new ExpectedFailure("work failed");

            assertThatThrownBy(() -> transactor.run(entityManager -> {
                        entityManager.persist(new Tag("rolled-back"));
                        entityManager.flush();
                        throw failure;
                    }))
                    .isSameAs(failure);

            assertThat(database.tagNames()).isEmpty();
        }

        @Test
        void shouldRefuseAnUnknownDatabase() {
            assertThatThrownBy(() -> transactor.on("unknown"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FASTJPA-008")
                    .hasMessageContaining("unknown");
        }
    }

    @Nested
    class Independence {

        @Test
        void shouldCommitInsideAnOuterUnitThatLaterRollsBack(TestDatabase database) {
            assertThatThrownBy(() -> units.run(outer -> {
                        outer.persist(new Tag("outer"));
                        transactor.run(entityManager -> entityManager.persist(new Tag("independent")));
                        throw new ExpectedFailure("outer failed");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(database.tagNames()).containsExactly("independent");
        }

        @Test
        void shouldBeCommittedBeforeTheOuterUnitEnds(TestDatabase database) {
            List<String> seenInsideOuterUnit = new ArrayList<>();

            units.run(outer -> {
                transactor.run(entityManager -> entityManager.persist(new Tag("independent")));
                seenInsideOuterUnit.addAll(database.tagNames());
            });

            assertThat(seenInsideOuterUnit).containsExactly("independent");
        }

        @Test
        void shouldRollBackOnlyItsOwnWorkWhenItFailsInsideAnOuterUnit(TestDatabase database) {
            units.run(outer -> {
                outer.persist(new Tag("outer"));
                try {
                    transactor.run(entityManager -> {
                        entityManager.persist(new Tag("independent"));
                        throw new ExpectedFailure("independent work failed");
                    });
                } catch (ExpectedFailure expected) {
                    // the outer unit is not affected
                }
            });

            assertThat(database.tagNames()).containsExactly("outer");
        }
    }

    @Nested
    class InjectedEntityManager {

        @Test
        void shouldResolveToTheTransactorsEntityManagerInsideTheWork() {
            List<EntityManager> entityManagers = new ArrayList<>();

            transactor.run(entityManager -> {
                entityManagers.add(raw(entityManager));
                entityManagers.add(units.rawEntityManager());
                entityManagers.add(tags.rawEntityManagerInUnit());
            });

            assertThat(entityManagers.get(1)).isSameAs(entityManagers.get(0));
            assertThat(entityManagers.get(2)).isSameAs(entityManagers.get(0));
        }

        @Test
        void shouldResolveToTheOuterUnitsEntityManagerAgainAfterTheWork() {
            List<EntityManager> entityManagers = new ArrayList<>();

            units.run(outer -> {
                entityManagers.add(raw(outer));
                transactor.run(entityManager -> entityManagers.add(units.rawEntityManager()));
                entityManagers.add(units.rawEntityManager());
            });

            assertThat(entityManagers.get(1)).isNotSameAs(entityManagers.get(0));
            assertThat(entityManagers.get(2)).isSameAs(entityManagers.get(0));
        }

        @Test
        void shouldResolveToTheRequestsEntityManagerAgainAfterTheWork() {
            requestContext.activate();
            try {
                EntityManager request = units.rawEntityManager();
                EntityManager inWork = transactor.call(entityManager -> units.rawEntityManager());
                EntityManager after = units.rawEntityManager();

                assertThat(inWork).isNotSameAs(request);
                assertThat(after).isSameAs(request);
            } finally {
                requestContext.deactivate();
            }
        }
    }
}
