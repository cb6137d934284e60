package io.fastjpa.internal;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.persistence.EntityManager;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the current {@link Session} and runs units of work in it. The current session is, in this order: the one of
 * a unit of work started outside a request on this thread (by {@link io.fastjpa.Transactor} or the interceptor), else
 * the request's.
 */
public final class SessionManager {

    private final BeanManager beanManager;
    private final Databases databases;
    private final boolean readOnlyReads;
    private final ThreadLocal<Session> independentSessions = new ThreadLocal<>();
    private final Map<String, EntityManager> proxies = new ConcurrentHashMap<>();
    private volatile RequestSession requestSession;

    SessionManager(BeanManager beanManager, Databases databases, boolean readOnlyReads) {
        this.beanManager = beanManager;
        this.databases = databases;
        this.readOnlyReads = readOnlyReads;
    }

    /** @return the {@code fastjpa.read-only-reads} setting */
    public boolean readOnlyReads() {
        return readOnlyReads;
    }

    /** The EntityManager that {@code @Inject EntityManager} gives: a proxy to the current session's one. */
    EntityManager entityManager(String database) {
        return proxies.computeIfAbsent(database, name -> (EntityManager) Proxy.newProxyInstance(
                SessionManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                new EntityManagerHandler(name, this)));
    }

    Session current() {
        Session session = independentSessions.get();
        return session != null ? session : requestSessionIfActive();
    }

    private Session requestSessionIfActive() {
        try {
            return requestSession().session();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    // The client proxy of the request-scoped holder is resolved once and reused across requests.
    private RequestSession requestSession() {
        RequestSession holder = requestSession;
        if (holder == null) {
            Bean<?> bean = beanManager.resolve(beanManager.getBeans(RequestSession.class));
            holder = (RequestSession)
                    beanManager.getReference(bean, RequestSession.class, beanManager.createCreationalContext(bean));
            requestSession = holder;
        }
        return holder;
    }

    /**
     * Runs an intercepted method in a unit of work: joins the active unit, else begins one in the request's session,
     * else in a new session of its own that is closed afterwards.
     */
    Object execute(UnitPolicy policy, Callable<?> work) throws Exception {
        Session session = current();
        if (session == null) {
            return inIndependentSession(policy, work);
        }
        return session.inUnit() ? joining(session, policy, work) : outermost(session, policy, work);
    }

    /**
     * @param database a database name
     * @throws IllegalArgumentException naming the configured databases when there is no such database
     */
    void requireDatabase(String database) {
        databases.get(database);
    }

    /** Runs Transactor work in a new session and unit of its own, whatever is active on this thread. */
    <T> T independent(String database, Function<EntityManager, T> work) {
        requireDatabase(database); // fail before starting anything if the database is unknown
        try {
            @SuppressWarnings("unchecked")
            T result = (T)
                    inIndependentSession(UnitPolicy.transactor(database), () -> work.apply(entityManager(database)));
            return result;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // unreachable: Function cannot throw checked exceptions
        }
    }

    private Object inIndependentSession(UnitPolicy policy, Callable<?> work) throws Exception {
        Session previous = independentSessions.get();
        Session session = new Session(databases);
        independentSessions.set(session);
        try {
            return outermost(session, policy, work);
        } finally {
            session.close();
            if (previous == null) {
                independentSessions.remove();
            } else {
                independentSessions.set(previous);
            }
        }
    }

    private static Object joining(Session session, UnitPolicy policy, Callable<?> work) throws Exception {
        session.join();
        try {
            Object result = work.call();
            session.returnedNormally();
            if (isErrorResponse(result)) {
                session.markRollbackOnly();
            }
            return result;
        } catch (Exception | Error e) {
            if (policy.rollsBackOn(e)) {
                session.joinedUnitFailed(e);
            }
            throw e;
        } finally {
            session.leave();
        }
    }

    private static Object outermost(Session session, UnitPolicy policy, Callable<?> work) throws Exception {
        session.begin(policy);
        Object result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            if (policy.rollsBackOn(e)) {
                session.markRollbackOnly();
            }
            completeAfterFailure(session, e);
            throw e;
        }
        session.returnedNormally();
        boolean errorResponse = isErrorResponse(result);
        if (errorResponse) {
            session.markRollbackOnly();
        }
        completeReportingSwallowedFailure(session, errorResponse);
        return result;
    }

    // A unit that ends as a success but was rolled back because a joined unit's failure was caught must not look
    // committed to its caller: report it like a transaction commit on a rollback-only transaction would.
    private static void completeReportingSwallowedFailure(Session session, boolean endedAsFailure) {
        Throwable swallowed = endedAsFailure || session.readOnlyUnit() ? null : session.swallowedFailure();
        String owner = session.owner();
        session.complete();
        if (swallowed != null) {
            throw new RollbackException(Messages.swallowedFailure(owner, swallowed), swallowed);
        }
    }

    private static void completeAfterFailure(Session session, Throwable failure) {
        try {
            session.complete();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean isErrorResponse(Object result) {
        return result instanceof Response response && response.getStatus() >= 400;
    }

    /**
     * Begins the unit of work of a Jakarta REST request in the request's session.
     *
     * @param policy the resource method's policy
     * @return the unit, or {@code null} if no request context is active or a unit is already running
     */
    public RequestUnit beginRequestUnit(UnitPolicy policy) {
        Session session = requestSessionIfActive();
        if (session == null || session.inUnit()) {
            return null;
        }
        session.begin(policy);
        return new RequestUnit(session, policy);
    }

    /** The unit of work of one Jakarta REST request, begun by a request filter and ended by the response filter. */
    public static final class RequestUnit {

        /** The request property under which the request's unit is kept while the request is processed. */
        public static final String PROPERTY = "io.fastjpa.unit";

        private final Session session;
        private final UnitPolicy policy;

        RequestUnit(Session session, UnitPolicy policy) {
            this.session = session;
            this.policy = policy;
        }

        /**
         * Records an exception seen while the request was processed; it rolls the unit back if the policy says so.
         *
         * @param error the exception
         */
        public void failed(Throwable error) {
            if (session.inUnit() && policy.rollsBackOn(error)) {
                session.markRollbackOnly();
            }
        }

        /**
         * Ends the unit: commits, or rolls back when {@code status} is 400 or more or an exception was seen.
         *
         * @param status the response status so far
         * @throws RuntimeException when the commit fails, or a {@link RollbackException} when the status is below
         *     400 but a joined unit's failure was caught and the unit rolled back
         */
        public void complete(int status) {
            if (!session.inUnit()) {
                return;
            }
            if (status >= 400) {
                session.markRollbackOnly();
            }
            completeReportingSwallowedFailure(session, status >= 400);
        }
    }
}
