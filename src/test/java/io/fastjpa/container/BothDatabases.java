package io.fastjpa.container;

import io.fastjpa.Database;
import io.fastjpa.UnitOfWork;
import io.fastjpa.container.Units.ExpectedFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Writes to the default database first, then to the one named {@code second}, in one unit of work. */
@ApplicationScoped
class BothDatabases {

    @Inject
    EntityManager main;

    @Inject
    @Database("second")
    EntityManager second;

    @UnitOfWork
    void add(String name) {
        main.persist(new Tag(name));
        second.persist(new Tag(name));
    }

    @UnitOfWork
    void addThenFail(String name) {
        add(name);
        main.flush();
        second.flush();
        throw new ExpectedFailure("writing to both failed");
    }

    /** The default database is used first, so it commits first, and its commit fails. */
    @UnitOfWork
    void addTwiceToMain(String name) {
        main.persist(new Tag(name));
        second.persist(new Tag(name));
        main.persist(new Tag(name));
    }

    /** The default database's insert is fine; the second database's duplicate fails when the unit ends. */
    @UnitOfWork
    void addTwiceToSecond(String name) {
        main.persist(new Tag(name));
        second.persist(new Tag(name));
        second.persist(new Tag(name));
    }

    @UnitOfWork
    EntityManager[] rawEntityManagers() {
        return new EntityManager[] {Units.raw(main), Units.raw(second)};
    }
}
