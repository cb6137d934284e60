package io.fastjpa.internal;

import io.fastjpa.Transactor;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@link Transactor} of one database. */
final class DefaultTransactor implements Transactor {

    private final String database;
    private final SessionManager sessions;

    DefaultTransactor(String database, SessionManager sessions) {
        this.database = database;
        this.sessions = sessions;
    }

    @Override
    public <T> T call(Function<EntityManager, T> work) {
        return sessions.independent(database, work);
    }

    @Override
    public void run(Consumer<EntityManager> work) {
        sessions.independent(database, entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    @Override
    public Transactor on(String name) {
        sessions.requireDatabase(name);
        return new DefaultTransactor(name, sessions);
    }

    @Override
    public String toString() {
        return "Transactor(" + database + ")";
    }
}
