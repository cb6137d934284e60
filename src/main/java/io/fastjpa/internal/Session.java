package io.fastjpa.internal;

import io.fastjpa.spi.UnitTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.RollbackException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * The EntityManagers of one request (or of one unit of work outside requests) and the state of its unit of work.
 * EntityManagers are created on first use; a transaction begins on first use inside a unit. Used by one thread at a
 * time.
 */
final class Session {

    private final Databases databases;
    // Insertion order is the order of first use, which is the commit order across databases.
    private final Map<String, Entry> entries = new LinkedHashMap<>(4);
    private int depth;
    private boolean readOnly;
    private boolean rollbackOnly;
    private String owner;
    // A joined unit's failure, and the depth it has propagated up to; swallowed once a unit above it returns normally.
    private Throwable joinedFailure;
    private int joinedFailureDepth;
    private Throwable swallowedFailure;

    private static final class Entry {
        final StartedDatabase database;
        final EntityManager entityManager;
        boolean inUnit;
        // The unit's transaction on this database, from the database's strategy; null outside units.
        UnitTransaction transaction;
        // The flush mode a read-only unit replaced, given back when the unit ends: the EntityManager outlives the unit.
        Runnable restoreFlushMode;

        Entry(StartedDatabase database, EntityManager entityManager) {
            this.database = database;
            this.entityManager = entityManager;
        }
    }

    Session(Databases databases) {
        this.databases = databases;
    }

    /**
     * @param database the database an injected EntityManager stands for
     * @return the session's EntityManager of that database, or, inside a read-only unit, of its replica
     */
    EntityManager entityManager(String database) {
        // Routed on every call: only inside a read-only unit; outside it (no unit, or the response being written after
        // the unit ended) the primary answers, so nothing outside a read-only unit can see replica data by accident.
        String used = readOnlyUnit() ? databases.forReading(database) : database;
        Entry entry = entries.get(used);
        if (entry == null) {
            StartedDatabase started = databases.get(used);
            entry = new Entry(started, started.createEntityManager());
            entries.put(used, entry);
        }
        if (depth > 0 && !entry.inUnit) {
            enlist(entry);
        }
        return entry.entityManager;
    }

    private void enlist(Entry entry) {
        entry.transaction = entry.database.transactions().begin(entry.entityManager);
        if (readOnly) {
            // Never flush in a read-only unit: queries must not write pending changes before the check at the end.
            entry.restoreFlushMode = entry.database.support().suspendFlushes(entry.entityManager);
        }
        entry.inUnit = true;
    }

    boolean inUnit() {
        return depth > 0;
    }

    boolean readOnlyUnit() {
        return depth > 0 && readOnly;
    }

    String owner() {
        return owner;
    }

    void begin(UnitPolicy policy) {
        depth = 1;
        readOnly = policy.readOnly();
        rollbackOnly = false;
        owner = policy.owner();
        joinedFailure = null;
        swallowedFailure = null;
    }

    void join() {
        depth++;
    }

    void leave() {
        depth--;
    }

    void markRollbackOnly() {
        rollbackOnly = true;
    }

    /** A joined unit (at the current depth) failed: the whole unit rolls back. */
    void joinedUnitFailed(Throwable failure) {
        rollbackOnly = true;
        joinedFailure = failure;
        joinedFailureDepth = depth;
    }

    /** The method of the unit at the current depth returned normally, so a failure from deeper down was caught. */
    void returnedNormally() {
        if (joinedFailure != null && joinedFailureDepth > depth && swallowedFailure == null) {
            swallowedFailure = joinedFailure;
        }
    }

    /** @return the failure of a joined unit that was caught on its way up, after which the unit still rolls back */
    Throwable swallowedFailure() {
        return swallowedFailure;
    }

    /**
     * Ends the outermost unit: commits every transaction it began, or rolls them all back when the unit failed or is
     * read-only (a read-only unit that changed nothing commits where the provider's rollback would detach entities).
     *
     * @throws RuntimeException the first commit failure, or a {@link ReadOnlyViolationException}
     */
    void complete() {
        depth = 0;
        RuntimeException failure = readOnly && !rollbackOnly ? pendingChangeInReadOnlyUnit() : null;
        boolean commit = !readOnly && !rollbackOnly && failure == null;
        if (commit) {
            failure = flushAll();
        }
        List<String> committed = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (!entry.inUnit) {
                continue;
            }
            entry.inUnit = false;
            try {
                failure = end(entry, commit, failure, committed);
            } finally {
                // Only once the transaction ended: a read-only unit's commit must not flush either.
                if (entry.restoreFlushMode != null) {
                    entry.restoreFlushMode.run();
                    entry.restoreFlushMode = null;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    // Commits or rolls back one database's transaction of the ending unit; returns the unit's failure so far.
    private RuntimeException end(Entry entry, boolean commit, RuntimeException failure, List<String> committed) {
        UnitTransaction transaction = entry.transaction;
        if (transaction == null || !transaction.isActive()) {
            entry.transaction = null;
            return failure;
        }
        if (endsReadOnlyUnitWithCommit(entry, failure)) {
            return commit(entry, committed);
        }
        if (!commit || failure != null) {
            rollbackQuietly(entry);
            return failure;
        }
        if (transaction.isRollbackOnly()) {
            rollbackQuietly(entry);
            return new RollbackException("FASTJPA-063: the transaction of database '" + entry.database.name()
                    + "' was marked for rollback by an earlier failure and could not be committed");
        }
        return commit(entry, committed);
    }

    // Every database writes its changes before any commits: a statement that fails on the second database then
    // leaves the first one uncommitted too, and under JTA the failure surfaces as itself, not as a rollback of the
    // transaction's completion.
    private RuntimeException flushAll() {
        for (Entry entry : entries.values()) {
            if (entry.inUnit
                    && entry.transaction != null
                    && entry.transaction.isActive()
                    && !entry.transaction.isRollbackOnly()) {
                try {
                    entry.entityManager.flush();
                } catch (RuntimeException e) {
                    return e;
                }
            }
        }
        return null;
    }

    // A read-only unit that changed nothing (checked just before) commits on a provider whose rollback would detach
    // the entities the response is about to serialize; there is nothing to write.
    private boolean endsReadOnlyUnitWithCommit(Entry entry, RuntimeException failure) {
        return readOnly
                && !rollbackOnly
                && failure == null
                && entry.database.support().detachesOnRollback()
                && !entry.transaction.isRollbackOnly();
    }

    private RuntimeException commit(Entry entry, List<String> committed) {
        try {
            entry.transaction.commit();
            entry.transaction = null;
            committed.add(entry.database.name());
            return null;
        } catch (RuntimeException e) {
            if (!committed.isEmpty()) {
                Messages.LOG.severe(Messages.partialCommit(committed.toString(), entry.database.name()));
            }
            rollbackQuietly(entry);
            return e;
        }
    }

    private RuntimeException pendingChangeInReadOnlyUnit() {
        for (Entry entry : entries.values()) {
            if (entry.inUnit
                    && entry.transaction != null
                    && entry.transaction.isActive()
                    && entry.database.support().hasPendingChanges(entry.entityManager)) {
                return new ReadOnlyViolationException(
                        Messages.writeInReadOnlyUnit("a managed entity was modified", owner));
            }
        }
        return null;
    }

    /** Rolls back whatever is still active and closes every EntityManager; the session can not be used afterwards. */
    void close() {
        depth = 0;
        for (Entry entry : entries.values()) {
            rollbackQuietly(entry);
            try {
                entry.entityManager.close();
            } catch (RuntimeException e) {
                Messages.LOG.log(Level.WARNING, Messages.closeFailed(entry.database.name()), e);
            }
        }
        entries.clear();
    }

    private static void rollbackQuietly(Entry entry) {
        entry.inUnit = false;
        UnitTransaction transaction = entry.transaction;
        entry.transaction = null;
        try {
            if (transaction != null) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            } else if (!entry.database.transactions().jta()) {
                // A transaction the application began by hand outside any unit does not outlive the request either.
                EntityTransaction own = entry.entityManager.getTransaction();
                if (own.isActive()) {
                    own.rollback();
                }
            }
        } catch (RuntimeException e) {
            Messages.LOG.log(Level.WARNING, Messages.rollbackFailed(entry.database.name()), e);
        }
    }
}
