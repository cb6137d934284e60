package io.fastjpa.internal;

import io.fastjpa.UnitOfWork;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/** Which beans must keep the container's own injection target so their {@link UnitOfWork} stays intercepted. */
final class UnitOfWorkBeans {

    private UnitOfWorkBeans() {}

    /**
     * @return whether the class is a plain CDI bean (not a Jakarta REST component) that uses {@code @UnitOfWork} and
     *     no {@code @Context} injection, which only a Jakarta REST runtime's injection target provides
     */
    static boolean needsInterception(Class<?> type) {
        return !type.isAnnotationPresent(Path.class)
                && !type.isAnnotationPresent(Provider.class)
                && usesUnitOfWork(type)
                && !usesContextInjection(type);
    }

    private static boolean usesUnitOfWork(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(UnitOfWork.class)) {
                return true;
            }
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(UnitOfWork.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean usesContextInjection(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (hasContext(field)) {
                    return true;
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (hasContext(method) || anyParameterHasContext(method.getParameters())) {
                    return true;
                }
            }
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                if (anyParameterHasContext(constructor.getParameters())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyParameterHasContext(Parameter[] parameters) {
        for (Parameter parameter : parameters) {
            if (hasContext(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContext(AnnotatedElement element) {
        return element.isAnnotationPresent(Context.class);
    }
}
