package io.fastjpa.container;

import io.fastjpa.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A class-level {@code @UnitOfWork}, switched off for one method. */
@ApplicationScoped
@UnitOfWork
class AnnotatedService {

    @Inject
    EntityManager entityManager;

    void add(String name) {
        entityManager.persist(new Tag(name));
    }

    @UnitOfWork(enabled = false)
    void addWithoutUnit(String name) {
        entityManager.persist(new Tag(name));
    }

    @UnitOfWork(enabled = false)
    boolean transactionActiveWithoutUnit() {
        return entityManager.getTransaction().isActive();
    }
}
