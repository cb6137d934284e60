package io.fastjpa.docs;

import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import io.fastjpa.Transactor;
import io.fastjpa.examples.heroes.Hero;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;

/** {@link Transactor} and {@link PageRequest#of} outside requests, as the reference shows them. */
public class HeroJobs {

    @Inject
    Transactor transactor;

    @Inject
    Paginator paginator;

    void examples(ExecutorService executor) {
        // tag::run[]
        transactor.run(entityManager -> entityManager.persist(new Hero("Robin", "Dick Grayson", 18)));
        // end::run[]

        // tag::call[]
        long heroes = transactor.call(entityManager -> entityManager
                .createQuery("SELECT COUNT(h) FROM Hero h", Long.class)
                .getSingleResult());
        // end::call[]

        // tag::background[]
        executor.submit(() -> transactor.run(entityManager ->
                entityManager.createQuery("UPDATE Hero h SET h.age = h.age + 1").executeUpdate()));
        // end::background[]

        // tag::other-database[]
        transactor
                .on("archive")
                .run(entityManager -> entityManager.persist(new Hero("Alfred", "Alfred Pennyworth", 70)));
        // end::other-database[]

        // tag::page-outside-requests[]
        Page<Hero> first = transactor.call(entityManager ->
                paginator.page("SELECT h FROM Hero h ORDER BY h.id", Hero.class, PageRequest.of(0, 50)));
        // end::page-outside-requests[]
    }
}
