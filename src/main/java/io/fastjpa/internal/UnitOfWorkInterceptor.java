package io.fastjpa.internal;

import io.fastjpa.UnitOfWork;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs {@link UnitOfWork} methods in a unit of work; the rules live in {@link SessionManager}. */
@UnitOfWork
@Interceptor
@Priority(UnitOfWorkInterceptor.PRIORITY)
public class UnitOfWorkInterceptor {

    /** Early among platform interceptors, so application interceptors run inside the unit of work. */
    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 200;

    private final SessionManager sessions;
    private final Map<Key, UnitPolicy> policies;

    private record Key(Class<?> beanClass, Method method) {}

    /** For the CDI container's subclassing only. */
    protected UnitOfWorkInterceptor() {
        this.sessions = null;
        this.policies = null;
    }

    @Inject
    UnitOfWorkInterceptor(SessionManager sessions) {
        this.sessions = sessions;
        this.policies = new ConcurrentHashMap<>();
    }

    @AroundInvoke
    Object aroundInvoke(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        UnitPolicy policy = policies.computeIfAbsent(new Key(beanClass(invocation), method), this::policy);
        if (!policy.enabled()) {
            return invocation.proceed();
        }
        return sessions.execute(policy, invocation::proceed);
    }

    private UnitPolicy policy(Key key) {
        return isResource(key.beanClass())
                ? UnitPolicy.forResourceMethod(key.method(), key.beanClass(), sessions.readOnlyReads())
                : UnitPolicy.forBeanMethod(key.method(), key.beanClass());
    }

    // The target may be a container-generated subclass; its annotations are those of the class it extends.
    private static Class<?> beanClass(InvocationContext invocation) {
        Class<?> type = invocation.getTarget().getClass();
        while (type.getName().contains("$$") && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        return type;
    }

    private static boolean isResource(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Path.class)) {
                return true;
            }
        }
        return false;
    }
}
