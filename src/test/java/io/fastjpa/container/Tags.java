package io.fastjpa.container;

import io.fastjpa.UnitOfWork;
import io.fastjpa.container.Units.ExpectedFailure;
import io.fastjpa.container.Units.KeepChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A service with units of work of its own, called from inside {@link Units} work to nest units. A separate bean on
 * purpose: Weld does not intercept a call to a bean whose interceptor chain is already running on the thread.
 */
@ApplicationScoped
class Tags {

    @Inject
    EntityManager entityManager;

    @UnitOfWork
    void add(String name) {
        entityManager.persist(new Tag(name));
    }

    /** Writes the row in the transaction, so that only a commit can make it visible to other connections. */
    @UnitOfWork
    void addFlushed(String name) {
        entityManager.persist(new Tag(name));
        entityManager.flush();
    }

    @UnitOfWork
    void addThenFail(String name) {
        entityManager.persist(new Tag(name));
        throw new ExpectedFailure("adding " + name + " failed");
    }

    @UnitOfWork(dontRollbackOn = KeepChanges.class)
    void addThenFailKeepingChanges(String name) {
        entityManager.persist(new Tag(name));
        throw new KeepChanges("adding " + name + " failed, but keep it");
    }

    @UnitOfWork
    EntityManager rawEntityManagerInUnit() {
        return Units.raw(entityManager);
    }
}
