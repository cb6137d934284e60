package io.fastjpa.spi;

import jakarta.persistence.EntityManager;

/**
 * How units of work drive the transactions of one database. FastJPA asks its strategy for a {@link UnitTransaction}
 * the first time a unit of work uses the database's {@code EntityManager}, and ends that transaction when the
 * outermost unit ends: it commits when the unit succeeded and rolls back otherwise.
 *
 * <p>FastJPA's own strategies are {@code resource-local} ({@code EntityManager.getTransaction()}, for the connections
 * FastJPA pools itself) and {@code jta} (a container's {@code UserTransaction}, joining a JTA transaction that is
 * already active, for a container's JTA {@code DataSource}). An implementation of this interface, named by its class
 * in {@code fastjpa.[<name>.]transactions}, replaces them; it needs a public constructor without parameters and is
 * used by many threads at once.
 */
public interface TransactionStrategy {

    /**
     * Whether the database's persistence unit is a JTA unit: its {@code EntityManager}s then take part in JTA
     * transactions and get their connections from the JTA {@code DataSource}.
     *
     * @return {@code true} for a JTA persistence unit, {@code false} for a resource-local one
     */
    boolean jta();

    /**
     * Begins the transaction a unit of work uses with this {@code EntityManager}, or joins one that is already
     * active.
     *
     * @param entityManager the database's {@code EntityManager} for the current request or unit of work
     * @return the unit's handle on that transaction
     * @throws jakarta.persistence.PersistenceException when no transaction can be begun or joined
     */
    UnitTransaction begin(EntityManager entityManager);
}
