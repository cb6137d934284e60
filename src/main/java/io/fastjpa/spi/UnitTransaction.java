package io.fastjpa.spi;

/**
 * A unit of work's handle on the transaction of one database, as a {@link TransactionStrategy} began or joined it.
 * Used by one thread at a time.
 */
public interface UnitTransaction {

    /**
     * Whether the transaction is still active, so that it has to be ended.
     *
     * @return {@code true} until it was committed or rolled back
     */
    boolean isActive();

    /**
     * Whether the transaction can only roll back, because something marked it so.
     *
     * @return {@code true} if a commit would fail
     */
    boolean isRollbackOnly();

    /**
     * Ends the unit's part of the transaction successfully: commits a transaction the unit began; leaves a joined
     * transaction to the code that began it.
     *
     * @throws RuntimeException when the commit failed; the transaction is then rolled back
     */
    void commit();

    /**
     * Ends the unit's part of the transaction in failure: rolls back a transaction the unit began; marks a joined
     * transaction for rollback, so that the code that began it cannot commit it.
     *
     * @throws RuntimeException when the rollback failed
     */
    void rollback();
}
