package io.fastjpa.container;

import io.fastjpa.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a test's work, given the injected {@code EntityManager}, in units of work of each kind. Calls from inside the
 * work go through the container again, so they nest like calls between services do.
 */
@ApplicationScoped
class Units {

    /** Work that may throw a checked exception. */
    interface CheckedWork {
        void accept(EntityManager entityManager) throws Exception;
    }

    @Inject
    EntityManager entityManager;

    @UnitOfWork
    void run(Consumer<EntityManager> work) {
        work.accept(entityManager);
    }

    @UnitOfWork
    <T> T call(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }

    @UnitOfWork
    void runChecked(CheckedWork work) throws Exception {
        work.accept(entityManager);
    }

    @UnitOfWork
    Response respond(Function<EntityManager, Response> work) {
        return work.apply(entityManager);
    }

    @UnitOfWork(rollbackOn = ExpectedFailure.class)
    void runRollingBackOnExpectedFailureOnly(Consumer<EntityManager> work) {
        work.accept(entityManager);
    }

    @UnitOfWork(dontRollbackOn = KeepChanges.class)
    void runKeepingChangesOnKeepChanges(Consumer<EntityManager> work) {
        work.accept(entityManager);
    }

    @UnitOfWork(readOnly = true)
    void runReadOnly(Consumer<EntityManager> work) {
        work.accept(entityManager);
    }

    @UnitOfWork(readOnly = true)
    <T> T callReadOnly(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }

    /** @return the provider's own EntityManager behind the injected one, here and now; no unit of work of its own */
    EntityManager rawEntityManager() {
        return raw(entityManager);
    }

    /**
     * @param entityManager an injected EntityManager or one given to work
     * @return the provider's EntityManager it delegates to now ({@code getDelegate()}: EclipseLink does not unwrap to
     *     {@code EntityManager})
     */
    static EntityManager raw(EntityManager entityManager) {
        return (EntityManager) entityManager.getDelegate();
    }

    /** A failure a test throws on purpose. */
    static final class ExpectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExpectedFailure(String message) {
            super(message);
        }
    }

    /** A failure that units declaring {@code dontRollbackOn = KeepChanges.class} commit despite. */
    static final class KeepChanges extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeepChanges(String message) {
            super(message);
        }
    }

    /** A checked failure. */
    static final class CheckedFailure extends Exception {
        private static final long serialVersionUID = 1L;

        CheckedFailure(String message) {
            super(message);
        }
    }
}
