package io.fastjpa.internal;

import io.fastjpa.UnitOfWork;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * What a unit of work does for one method, resolved once from its annotations: whether it runs at all, whether it is
 * read-only and which exceptions roll it back.
 */
public record UnitPolicy(
        boolean enabled,
        boolean readOnly,
        List<Class<? extends Throwable>> rollbackOn,
        List<Class<? extends Throwable>> dontRollbackOn,
        String owner) {

    /** Policy of a {@link io.fastjpa.Transactor} unit. */
    static UnitPolicy transactor(String database) {
        return new UnitPolicy(true, false, List.of(), List.of(), "Transactor(" + database + ")");
    }

    /**
     * The policy of a bean method: the method's {@code @UnitOfWork}, else its class's, else the default.
     *
     * @param method the invoked method
     * @param beanClass the bean's class (not a proxy or subclass)
     * @return the policy
     */
    static UnitPolicy forBeanMethod(Method method, Class<?> beanClass) {
        UnitOfWork annotation = explicitAnnotation(method, beanClass);
        return annotation == null ? of(UnitOfWork.Literal.INSTANCE, owner(method)) : of(annotation, owner(method));
    }

    /**
     * The policy of a Jakarta REST resource method. Without an explicit {@code @UnitOfWork}, {@code GET} and
     * {@code HEAD} methods are read-only when {@code readOnlyReads} is on.
     *
     * @param method the resource method
     * @param resourceClass the resource class
     * @param readOnlyReads the {@code fastjpa.read-only-reads} setting
     * @return the policy
     */
    public static UnitPolicy forResourceMethod(Method method, Class<?> resourceClass, boolean readOnlyReads) {
        UnitOfWork annotation = explicitAnnotation(method, resourceClass);
        if (annotation != null) {
            return of(annotation, owner(method));
        }
        boolean read = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class);
        return new UnitPolicy(true, readOnlyReads && read, List.of(), List.of(), owner(method));
    }

    private static UnitOfWork explicitAnnotation(Method method, Class<?> beanClass) {
        UnitOfWork onMethod = method.getAnnotation(UnitOfWork.class);
        return onMethod != null ? onMethod : beanClass.getAnnotation(UnitOfWork.class);
    }

    private static UnitPolicy of(UnitOfWork annotation, String owner) {
        return new UnitPolicy(
                annotation.enabled(),
                annotation.readOnly(),
                Arrays.asList(annotation.rollbackOn()),
                Arrays.asList(annotation.dontRollbackOn()),
                owner);
    }

    private static String owner(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /**
     * Whether an exception thrown in the unit rolls it back.
     *
     * @param error the exception
     * @return {@code true} unless {@code dontRollbackOn} matches or {@code rollbackOn} is set and does not match
     */
    public boolean rollsBackOn(Throwable error) {
        if (dontRollbackOn.stream().anyMatch(type -> type.isInstance(error))) {
            return false;
        }
        return rollbackOn.isEmpty() || rollbackOn.stream().anyMatch(type -> type.isInstance(error));
    }

    @Override
    public String toString() {
        return enabled ? (readOnly ? "a read-only unit of work" : "a read-write unit of work") : "no unit of work";
    }
}
