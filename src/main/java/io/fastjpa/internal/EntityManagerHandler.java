package io.fastjpa.internal;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Behind every injected EntityManager: each call goes to the current session's EntityManager of the database, which
 * is created (and enlisted in the unit of work) on first use. In a read-only unit, calls that would write fail.
 */
final class EntityManagerHandler implements InvocationHandler {

    private static final Set<String> WRITES = Set.of("persist", "merge", "remove", "flush");
    private static final Set<String> QUERY_FACTORIES = Set.of(
            "createQuery",
            "createNamedQuery",
            "createNativeQuery",
            "createStoredProcedureQuery",
            "createNamedStoredProcedureQuery");

    private final String database;
    private final SessionManager sessions;

    EntityManagerHandler(String database, SessionManager sessions) {
        this.database = database;
        this.sessions = sessions;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "FastJPA EntityManager of database '" + database + "'";
            case "close":
                throw new IllegalStateException(Messages.closeNotAllowed());
            default:
                break;
        }
        Session session = sessions.current();
        if (session == null) {
            throw new IllegalStateException(Messages.noActiveSession(database));
        }
        EntityManager entityManager = session.entityManager(database);
        if (session.readOnlyUnit() && WRITES.contains(method.getName())) {
            throw new ReadOnlyViolationException(
                    Messages.writeInReadOnlyUnit("EntityManager." + method.getName(), session.owner()));
        }
        Object result = invokeOn(entityManager, method, args);
        if (session.readOnlyUnit() && QUERY_FACTORIES.contains(method.getName())) {
            return ReadOnlyQueryHandler.wrap(result, method.getReturnType(), session.owner());
        }
        return result;
    }

    static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Guards {@code executeUpdate} on queries created in a read-only unit. */
    static final class ReadOnlyQueryHandler implements InvocationHandler {
        private final Object query;
        private final String owner;

        private ReadOnlyQueryHandler(Object query, String owner) {
            this.query = query;
            this.owner = owner;
        }

        static Object wrap(Object query, Class<?> type, String owner) {
            return Proxy.newProxyInstance(
                    EntityManagerHandler.class.getClassLoader(),
                    new Class<?>[] {type},
                    new ReadOnlyQueryHandler(query, owner));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("executeUpdate")) {
                throw new ReadOnlyViolationException(Messages.writeInReadOnlyUnit("Query.executeUpdate", owner));
            }
            Object result = invokeOn(query, method, args);
            // Fluent setters return the query itself: keep the caller on the guarded proxy. unwrap (declared to return
            // a type variable, Object once erased) must hand out the provider's query as asked.
            return result == query && method.getReturnType() != Object.class ? proxy : result;
        }
    }
}
