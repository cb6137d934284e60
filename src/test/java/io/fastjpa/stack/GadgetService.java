package io.fastjpa.stack;

import io.fastjpa.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A plain application-scoped CDI bean with units of work. Under jersey-cdi2-se its interceptors must still run: if
 * they were lost, {@link #create} would persist outside any transaction and nothing would ever be committed.
 */
@ApplicationScoped
public class GadgetService {

    @Inject
    EntityManager entityManager;

    @UnitOfWork
    public Gadget create(String name) {
        Gadget gadget = new Gadget(name);
        entityManager.persist(gadget);
        return gadget;
    }

    @UnitOfWork
    public void createThenFail(String name) {
        entityManager.persist(new Gadget(name));
        entityManager.flush();
        throw new IllegalStateException("failing after the insert");
    }
}
