package io.fastjpa.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;

/** An application that produces its own default {@code EntityManager}: a fake that only knows its name. */
@ApplicationScoped
class OwnEntityManager {

    static final EntityManager APPLICATIONS = (EntityManager) Proxy.newProxyInstance(
            OwnEntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "toString" -> "the application's EntityManager";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == arguments[0];
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Produces
    @Dependent
    EntityManager entityManager() {
        return APPLICATIONS;
    }
}
