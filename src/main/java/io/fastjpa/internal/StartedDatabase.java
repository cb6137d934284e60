package io.fastjpa.internal;

import io.fastjpa.internal.provider.ProviderSupport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** A database FastJPA bootstrapped: its settings, its factory and what its provider can do. */
record StartedDatabase(DatabaseSettings settings, EntityManagerFactory factory, ProviderSupport support) {

    String name() {
        return settings.name();
    }

    EntityManager createEntityManager() {
        return factory.createEntityManager();
    }
}
