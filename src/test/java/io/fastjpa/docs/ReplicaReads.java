package io.fastjpa.docs;

import io.fastjpa.Database;
import io.fastjpa.Paginator;
import io.fastjpa.Transactor;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A second database, as the reference shows it. */
public class ReplicaReads {

    // tag::injection[]
    @Inject
    @Database("replica")
    EntityManager replica;

    @Inject
    @Database("replica")
    Paginator replicaPages;

    @Inject
    @Database("replica")
    Transactor replicaTransactor;
    // end::injection[]

    static EntityManager lookup() {
        // tag::lookup[]
        EntityManager replica = CDI.current()
                .select(EntityManager.class, Database.Literal.of("replica"))
                .get();
        // end::lookup[]
        return replica;
    }
}
