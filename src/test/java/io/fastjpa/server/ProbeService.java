package io.fastjpa.server;

import io.fastjpa.examples.heroes.Hero;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes inside container-managed JTA transactions, which FastJPA's unit of work joins instead of beginning one. */
@ApplicationScoped
public class ProbeService {

    @Inject
    EntityManager entityManager;

    /** @param name the hero to insert; committed by the container when the method returns */
    @Transactional
    public void persist(String name) {
        entityManager.persist(new Hero(name, "Probe", 2));
    }

    /** @param name the hero to insert; the container rolls the transaction back when the method throws */
    @Transactional
    public void persistThenFail(String name) {
        entityManager.persist(new Hero(name, "Probe", 3));
        entityManager.flush();
        throw new IllegalStateException("failed inside the container's transaction");
    }
}
