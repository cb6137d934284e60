package io.fastjpa.container;

import io.fastjpa.spi.TransactionStrategy;
import io.fastjpa.spi.UnitTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An integrator's {@link TransactionStrategy}, named by its class in {@code fastjpa.transactions}: resource-local
 * transactions, with every call FastJPA makes recorded.
 */
public class RecordingTransactions implements TransactionStrategy {

    /** What FastJPA asked for, in order. */
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    /** Created by FastJPA from the setting. */
    public RecordingTransactions() {}

    @Override
    public boolean jta() {
        return false;
    }

    @Override
    public UnitTransaction begin(EntityManager entityManager) {
        CALLS.add("begin");
        EntityTransaction transaction = entityManager.getTransaction();
        transaction.begin();
        return new UnitTransaction() {
            @Override
            public boolean isActive() {
                return transaction.isActive();
            }

            @Override
            public boolean isRollbackOnly() {
                return transaction.getRollbackOnly();
            }

            @Override
            public void commit() {
                CALLS.add("commit");
                transaction.commit();
            }

            @Override
            public void rollback() {
                CALLS.add("rollback");
                transaction.rollback();
            }
        };
    }
}
