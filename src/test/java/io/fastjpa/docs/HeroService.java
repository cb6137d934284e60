package io.fastjpa.docs;

import io.fastjpa.UnitOfWork;
import io.fastjpa.examples.heroes.Hero;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;

/** {@code @UnitOfWork} on the methods of a CDI bean, as the reference shows it. */
public class HeroService {

    @Inject
    EntityManager entityManager;

    // tag::service[]
    @UnitOfWork
    public Hero rename(long id, String name) {
        Hero hero = entityManager.find(Hero.class, id);
        hero.setName(name);
        return hero; // committed when the outermost unit of work ends
    }
    // end::service[]

    // tag::dont-rollback[]
    @UnitOfWork(dontRollbackOn = NoResultException.class)
    public Hero byName(String name) {
        return entityManager
                .createQuery("SELECT h FROM Hero h WHERE h.name = :name", Hero.class)
                .setParameter("name", name)
                .getSingleResult(); // a caller may catch NoResultException and still commit
    }
    // end::dont-rollback[]
}
