package io.fastjpa.internal;

import io.fastjpa.spi.TransactionStrategy;
import io.fastjpa.spi.UnitTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The {@code jta} strategy: a unit of work begins a JTA transaction through the container's {@link UserTransaction}
 * when none is active and commits it when it ends; when one is active (a container-managed transaction, a
 * {@code @Transactional} method, another database of the same unit), the unit joins it and leaves the commit to
 * whoever began it, marking it for rollback when the unit fails. Loaded only when a database uses JTA, so that
 * Jakarta Transactions need not be on the class path otherwise.
 */
final class JtaTransactions implements TransactionStrategy {

    /** The strategy's name in {@code fastjpa.[<name>.]transactions}. */
    static final String NAME = "jta";

    static final String USER_TRANSACTION = "java:comp/UserTransaction";
    static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private final UserTransaction userTransaction;
    private final TransactionSynchronizationRegistry registry;

    private JtaTransactions(UserTransaction userTransaction, TransactionSynchronizationRegistry registry) {
        this.userTransaction = userTransaction;
        this.registry = registry;
    }

    /**
     * @return the strategy over the container's transaction manager
     * @throws IllegalStateException naming the database and the setting when the container has no JTA
     */
    static JtaTransactions lookUp(String database, String key) {
        try {
            InitialContext context = new InitialContext();
            return new JtaTransactions(
                    (UserTransaction) context.lookup(USER_TRANSACTION),
                    (TransactionSynchronizationRegistry) context.lookup(REGISTRY));
        } catch (NamingException | ClassCastException | LinkageError e) {
            throw new IllegalStateException(Messages.noJta(database, key, e.toString()), e);
        }
    }

    /** @return whether the container offers JTA here: its transaction registry is in JNDI */
    static boolean available() {
        try {
            return new InitialContext().lookup(REGISTRY) != null;
        } catch (NamingException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * @return the application server whose transaction manager is in JNDI, {@code wildfly} or {@code glassfish}
     *     (also Payara), for the provider's JTA integration; {@code unknown} otherwise
     */
    static String server() {
        for (String[] probe : new String[][] {
            {"java:jboss/TransactionManager", "wildfly"}, {"java:appserver/TransactionManager", "glassfish"}
        }) {
            try {
                if (new InitialContext().lookup(probe[0]) != null) {
                    return probe[1];
                }
            } catch (NamingException | RuntimeException e) {
                // Not this server.
            }
        }
        return "unknown";
    }

    @Override
    public boolean jta() {
        return true;
    }

    @Override
    public UnitTransaction begin(EntityManager entityManager) {
        int status = registry.getTransactionStatus();
        UnitTransaction transaction;
        if (status == Status.STATUS_NO_TRANSACTION) {
            try {
                userTransaction.begin();
            } catch (NotSupportedException | SystemException e) {
                throw new PersistenceException(Messages.jtaFailed("begin", e.toString()), e);
            }
            transaction = new Owned();
        } else if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
            transaction = new Joined();
        } else {
            throw new PersistenceException(Messages.jtaFailed("join", "the transaction's status is " + status));
        }
        // An EntityManager created before the transaction began takes part in it only once it joins.
        entityManager.joinTransaction();
        return transaction;
    }

    @Override
    public String toString() {
        return NAME;
    }

    private boolean active() {
        int status = registry.getTransactionStatus();
        return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
    }

    /** A transaction the unit began: the unit commits or rolls it back. */
    private final class Owned implements UnitTransaction {

        @Override
        public boolean isActive() {
            return active();
        }

        @Override
        public boolean isRollbackOnly() {
            return registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public void commit() {
            try {
                userTransaction.commit();
            } catch (jakarta.transaction.RollbackException e) {
                throw new RollbackException(Messages.jtaFailed("commit", e.toString()), e);
            } catch (HeuristicMixedException | HeuristicRollbackException | SystemException e) {
                throw new PersistenceException(Messages.jtaFailed("commit", e.toString()), e);
            }
        }

        @Override
        public void rollback() {
            try {
                userTransaction.rollback();
            } catch (SystemException e) {
                throw new PersistenceException(Messages.jtaFailed("roll back", e.toString()), e);
            }
        }
    }

    /** A transaction someone else began: its owner commits; a failed unit makes sure it cannot. */
    private final class Joined implements UnitTransaction {

        @Override
        public boolean isActive() {
            return active();
        }

        @Override
        public boolean isRollbackOnly() {
            return registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public void commit() {
            // The owner commits; the unit's changes were flushed before this, so its errors are already known.
        }

        @Override
        public void rollback() {
            if (active()) {
                registry.setRollbackOnly();
            }
        }
    }
}
