package io.fastjpa.container;

import static io.fastjpa.container.Units.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.Transactor;
import io.fastjpa.container.Units.ExpectedFailure;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which EntityManager {@code @Inject EntityManager} resolves to, in requests and outside them, and that the provider's
 * EntityManager behind it is closed on every path. Requests are CDI request contexts, driven by hand.
 */
@FastJpaContainerTest
class EntityManagerLifecycleTest {

    @WeldSetup
    WeldInitiator weld = FastJpaWeld.of(Units.class, Tags.class);

    @Inject
    Units units;

    @Inject
    Tags tags;

    @Inject
    Transactor transactor;

    @Inject
    EntityManager entityManager;

    @Inject
    RequestContextController requestContext;

    @Nested
    class OutsideRequestsAndUnits {

        @Test
        void shouldRefuseTheInjectedEntityManager() {
            assertThatThrownBy(() -> entityManager.find(Tag.class, 1L))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FASTJPA-010")
                    .hasMessageContaining("'default'");
        }

        @Test
        void shouldRefuseItInABeanMethodWithoutUnitOfWork() {
            assertThatThrownBy(() -> units.rawEntityManager())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FASTJPA-010");
        }

        @Test
        void shouldRefuseItAgainOnceTheRequestEnded() {
            requestContext.activate();
            entityManager.find(Tag.class, 1L);
            requestContext.deactivate();

            assertThatThrownBy(() -> entityManager.find(Tag.class, 1L))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FASTJPA-010");
        }

        @Test
        void shouldRefuseToCloseTheInjectedEntityManager() {
            assertThatThrownBy(() -> units.run(EntityManager::close))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FASTJPA-011");
        }
    }

    @Nested
    class InARequest {

        @Test
        void shouldUseOneEntityManagerThroughoutTheRequest() {
            requestContext.activate();
            try {
                EntityManager beforeUnit = units.rawEntityManager();
                EntityManager inUnit = units.call(Units::raw);
                EntityManager afterUnit = units.rawEntityManager();

                assertThat(inUnit).isSameAs(beforeUnit);
                assertThat(afterUnit).isSameAs(beforeUnit);
            } finally {
                requestContext.deactivate();
            }
        }

        @Test
        void shouldGiveEachRequestItsOwnEntityManager() {
            requestContext.activate();
            EntityManager first = units.rawEntityManager();
            requestContext.deactivate();
            requestContext.activate();
            EntityManager second = units.rawEntityManager();
            requestContext.deactivate();

            assertThat(second).isNotSameAs(first);
        }

        @Test
        void shouldCommitAUnitWhenItsMethodReturnsBeforeTheRequestEnds(TestDatabase database) {
            requestContext.activate();
            try {
                tags.add("committed");

                assertThat(database.tagNames()).containsExactly("committed");
            } finally {
                requestContext.deactivate();
            }
        }

        @Test
        void shouldKeepTheEntityManagerOpenWithoutTransactionAfterTheUnitCommitted() {
            requestContext.activate();
            try {
                tags.add("committed");
                EntityManager afterUnit = units.rawEntityManager();

                assertThat(afterUnit.isOpen()).isTrue();
                assertThat(afterUnit.getTransaction().isActive()).isFalse();
            } finally {
                requestContext.deactivate();
            }
        }

        @Test
        void shouldLoadALazyAssociationAfterTheUnitCommitted(TestDatabase database) {
            long id = database.insertShelf("fiction", "Dune", "Emma");
            requestContext.activate();
            try {
                Shelf shelf = units.call(entityManager -> entityManager.find(Shelf.class, id));

                List<String> titles =
                        shelf.getBooks().stream().map(Book::getTitle).toList();

                assertThat(titles).containsExactly("Dune", "Emma");
            } finally {
                requestContext.deactivate();
            }
        }

        @Test
        void shouldFlushBeforeQueriesInAReadWriteUnitThatFollowsAReadOnlyOne() {
            requestContext.activate();
            try {
                units.runReadOnly(entityManager -> entityManager.find(Tag.class, 1L));

                List<String> names = units.call(entityManager -> {
                    entityManager.persist(new Tag("pending"));
                    return entityManager
                            .createQuery("select t.name from Tag t", String.class)
                            .getResultList();
                });

                assertThat(names).containsExactly("pending");
            } finally {
                requestContext.deactivate();
            }
        }

        @Test
        void shouldNeverCommitWhatWasWrittenOutsideAUnit(TestDatabase database) {
            requestContext.activate();
            try {
                entityManager.persist(new Tag("no-unit"));
            } finally {
                requestContext.deactivate();
            }

            assertThat(database.tagNames()).isEmpty();
        }
    }

    @Nested
    class Closing {

        @Test
        void shouldCloseTheEntityManagerWhenTheRequestEnds() {
            requestContext.activate();
            EntityManager inRequest = units.call(Units::raw);
            boolean openDuringRequest = inRequest.isOpen();
            requestContext.deactivate();

            assertThat(openDuringRequest).isTrue();
            assertThat(inRequest.isOpen()).isFalse();
        }

        @Test
        void shouldCloseItWhenTheRequestEndsAfterTheUnitFailed() {
            AtomicReference<EntityManager> inRequest = new AtomicReference<>();
            requestContext.activate();
            try {
                units.run(entityManager -> {
                    entityManager.persist(new Tag("rolled-back"));
                    inRequest.set(raw(entityManager));
                    throw new ExpectedFailure("unit failed");
                });
            } catch (ExpectedFailure expected) {
                // the request goes on to its end
            } finally {
                requestContext.deactivate();
            }

            assertThat(inRequest.get().isOpen()).isFalse();
        }

        @Test
        void shouldCloseItWhenTheRequestEndsWithoutAnyUnit() {
            requestContext.activate();
            EntityManager inRequest = units.rawEntityManager();
            requestContext.deactivate();

            assertThat(inRequest.isOpen()).isFalse();
        }

        @Test
        void shouldCloseTheEntityManagerOfAUnitOutsideRequestsWhenItEnds() {
            EntityManager inUnit = units.call(Units::raw);

            assertThat(inUnit.isOpen()).isFalse();
        }

        @Test
        void shouldCloseItWhenThatUnitFailed() {
            AtomicReference<EntityManager> inUnit = new AtomicReference<>();

            assertThatThrownBy(() -> units.run(entityManager -> {
                        inUnit.set(raw(entityManager));
                        throw new ExpectedFailure("unit failed");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(inUnit.get().isOpen()).isFalse();
        }

        @Test
        void shouldCloseItWhenTheCommitFailed() {
            AtomicReference<EntityManager> inUnit = new AtomicReference<>();

            assertThatThrownBy(() -> units.run(entityManager -> {
                        inUnit.set(raw(entityManager));
                        entityManager.persist(new Tag("twice"));
                        entityManager.persist(new Tag("twice"));
                    }))
                    // EclipseLink fails at commit (RollbackException); Hibernate's IDENTITY insert already at persist.
                    .isInstanceOf(PersistenceException.class);

            assertThat(inUnit.get().isOpen()).isFalse();
        }

        @Test
        void shouldCloseTheTransactorsEntityManagerWhenTheWorkReturns() {
            EntityManager inTransactor = transactor.call(Units::raw);

            assertThat(inTransactor.isOpen()).isFalse();
        }

        @Test
        void shouldCloseTheTransactorsEntityManagerWhenTheWorkThrows() {
            AtomicReference<EntityManager> inTransactor = new AtomicReference<>();

            assertThatThrownBy(() -> transactor.run(entityManager -> {
                        inTransactor.set(raw(entityManager));
                        throw new ExpectedFailure("work failed");
                    }))
                    .isInstanceOf(ExpectedFailure.class);

            assertThat(inTransactor.get().isOpen()).isFalse();
        }

        @Test
        void shouldCloseTheTransactorsEntityManagerInsideARequestBeforeTheRequestEnds() {
            requestContext.activate();
            try {
                EntityManager inTransactor = transactor.call(Units::raw);

                assertThat(inTransactor.isOpen()).isFalse();
                assertThat(units.rawEntityManager().isOpen()).isTrue();
            } finally {
                requestContext.deactivate();
            }
        }
    }
}
