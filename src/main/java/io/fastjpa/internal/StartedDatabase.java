package io.fastjpa.internal;

import io.fastjpa.internal.provider.ProviderSupport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** A database FastJPA bootstrapped: its settings, its factory, what its provider can do and its connections. */
record StartedDatabase(
        DatabaseSettings settings, EntityManagerFactory factory, ProviderSupport support, Connections connections) {

    String name() {
        return settings.name();
    }

    EntityManager createEntityManager() {
        return factory.createEntityManager();
    }
}
