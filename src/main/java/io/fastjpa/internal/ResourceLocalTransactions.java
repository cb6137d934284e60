package io.fastjpa.internal;

import io.fastjpa.spi.TransactionStrategy;
import io.fastjpa.spi.UnitTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

/** The {@code resource-local} strategy: the EntityManager's own {@link EntityTransaction}, on FastJPA's connections. */
final class ResourceLocalTransactions implements TransactionStrategy {

    /** The strategy's name in {@code fastjpa.[<name>.]transactions}. */
    static final String NAME = "resource-local";

    static final ResourceLocalTransactions INSTANCE = new ResourceLocalTransactions();

    private ResourceLocalTransactions() {}

    @Override
    public boolean jta() {
        return false;
    }

    @Override
    public UnitTransaction begin(EntityManager entityManager) {
        EntityTransaction transaction = entityManager.getTransaction();
        // A transaction the application began itself on this EntityManager becomes the unit's: it ends with the unit.
        if (!transaction.isActive()) {
            transaction.begin();
        }
        return new Local(transaction);
    }

    @Override
    public String toString() {
        return NAME;
    }

    private record Local(EntityTransaction transaction) implements UnitTransaction {

        @Override
        public boolean isActive() {
            return transaction.isActive();
        }

        @Override
        public boolean isRollbackOnly() {
            return transaction.isActive() && transaction.getRollbackOnly();
        }

        @Override
        public void commit() {
            transaction.commit();
        }

        @Override
        public void rollback() {
            transaction.rollback();
        }
    }
}
