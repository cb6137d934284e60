package io.fastjpa;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work in a new, independent unit of work, for code outside requests: background jobs, start-up code,
 * scheduled tasks.
 *
 * <pre>{@code
 * @Inject Transactor transactor;
 *
 * void seed(@Observes Startup startup) {
 *     transactor.run(entityManager -> entityManager.persist(new Hero("Superman", "Clark Kent", 30)));
 * }
 * }</pre>
 *
 * <p>The unit uses its own {@code EntityManager}, which {@code @Inject EntityManager} also resolves to on this thread
 * while the work runs. It commits when the work returns and rolls back when it throws; the exception is rethrown, and
 * a failed commit throws a {@link jakarta.persistence.PersistenceException}. The {@code EntityManager} is closed
 * afterwards, so returned entities are detached. Thread-safe.
 */
public interface Transactor {

    /**
     * Runs work that returns a value in a new unit of work on this transactor's database.
     *
     * @param work the work, given the unit's {@code EntityManager}
     * @param <T> the type of the result
     * @return what the work returned, after the commit
     */
    <T> T call(Function<EntityManager, T> work);

    /**
     * Runs work in a new unit of work on this transactor's database.
     *
     * @param work the work, given the unit's {@code EntityManager}
     */
    void run(Consumer<EntityManager> work);

    /**
     * A transactor for another database.
     *
     * @param database the database's name, as in {@link Database}
     * @return the transactor
     * @throws IllegalArgumentException if no such database is configured
     */
    Transactor on(String database);
}
