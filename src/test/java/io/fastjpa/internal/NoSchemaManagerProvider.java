package io.fastjpa.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A provider FastJPA does not know, standing for one that implements Jakarta Persistence before 3.2: EclipseLink,
 * whose factories answer {@code getSchemaManager()} with {@link UnsupportedOperationException}.
 */
public final class NoSchemaManagerProvider extends org.eclipse.persistence.jpa.PersistenceProvider {

    @Override
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        EntityManagerFactory factory = super.createContainerEntityManagerFactory(info, properties);
        return (EntityManagerFactory) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManagerFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getSchemaManager")) {
                        throw new UnsupportedOperationException("no SchemaManager before Jakarta Persistence 3.2");
                    }
                    try {
                        return method.invoke(factory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
