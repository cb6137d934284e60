package io.fastjpa.internal;

import io.fastjpa.internal.provider.ProviderSupport;
import io.fastjpa.spi.TransactionStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * A database FastJPA bootstrapped: its settings, its factory, what its provider can do, its connections and how its
 * units of work drive transactions. {@code provider} is the persistence provider's class name.
 */
record StartedDatabase(
        DatabaseSettings settings,
        EntityManagerFactory factory,
        ProviderSupport support,
        Connections connections,
        TransactionStrategy transactions,
        String provider) {

    String name() {
        return settings.name();
    }

    EntityManager createEntityManager() {
        return factory.createEntityManager();
    }
}
