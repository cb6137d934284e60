package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.Database;
import io.fastjpa.Transactor;
import io.fastjpa.internal.ReadOnlyViolationException;
import io.fastjpa.internal.SessionManager;
import io.fastjpa.internal.SessionManager.RequestUnit;
import io.fastjpa.internal.UnitPolicy;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code fastjpa.replica=replica}: read-only units of work read the default database from the database named
 * {@code replica}; read-write units and {@link Transactor} work stay on the default one. Each database is seeded with
 * a row of its own, so every answer shows where it came from.
 */
@FastJpaContainerTest(databases = "replica", properties = "fastjpa.replica=replica")
class ReplicaTest {

    private static final Function<EntityManager, List<String>> TAG_NAMES = entityManager -> entityManager
            .createQuery("select t.name from Tag t order by t.name", String.class)
            .getResultList();

    private static final UnitPolicy READ_ONLY = new UnitPolicy(true, true, List.of(), List.of(), "a GET");

    @WeldSetup
    WeldInitiator weld = FastJpaWeld.of(Units.class, ReplicaReads.class);

    @Inject
    Units units;

    @Inject
    ReplicaReads reads;

    @Inject
    Transactor transactor;

    @Inject
    EntityManager entityManager;

    @Inject
    SessionManager sessions;

    @Inject
    RequestContextController requestContext;

    @Inject
    @Database("replica")
    Transactor replicaTransactor;

    @BeforeEach
    void seed(TestDatabase database) {
        database.insertTag("on-primary");
        database.named("replica").insertTag("on-replica");
    }

    @Test
    void shouldReadFromTheReplicaInAReadOnlyUnit() {
        assertThat(units.callReadOnly(TAG_NAMES)).containsExactly("on-replica");
    }

    @Test
    void shouldReadFromThePrimaryInAReadWriteUnit() {
        assertThat(units.call(TAG_NAMES)).containsExactly("on-primary");
    }

    @Test
    void shouldWriteToThePrimaryOnly(TestDatabase database) {
        units.run(entityManager -> entityManager.persist(new Tag("written")));

        assertThat(database.tagNames()).containsExactly("on-primary", "written");
        assertThat(database.named("replica").tagNames()).containsExactly("on-replica");
    }

    @Test
    void shouldRefuseAWriteInAReadOnlyUnitOnEitherDatabase(TestDatabase database) {
        assertThatThrownBy(() -> units.runReadOnly(entityManager -> entityManager.persist(new Tag("refused"))))
                .isInstanceOf(ReadOnlyViolationException.class)
                .hasMessageContaining("FASTJPA-020");

        assertThat(database.tagNames()).containsExactly("on-primary");
        assertThat(database.named("replica").tagNames()).containsExactly("on-replica");
    }

    @Test
    void shouldFailAtTheEndWhenAnEntityLoadedFromTheReplicaWasModified(TestDatabase database) {
        assertThatThrownBy(() -> units.runReadOnly(entityManager -> entityManager
                        .createQuery("select t from Tag t", Tag.class)
                        .getSingleResult()
                        .setName("changed")))
                .isInstanceOf(ReadOnlyViolationException.class)
                .hasMessageContaining("modified");

        assertThat(database.named("replica").tagNames()).containsExactly("on-replica");
    }

    @Test
    void shouldPageTheReplicaInAReadOnlyUnitAndThePrimaryOtherwise() {
        assertThat(reads.readOnlyPage().data()).extracting(Tag::getName).containsExactly("on-replica");
        assertThat(reads.readWritePage().data()).extracting(Tag::getName).containsExactly("on-primary");
    }

    @Test
    void shouldRunTransactorWorkOnThePrimary() {
        assertThat(transactor.call(TAG_NAMES)).containsExactly("on-primary");
    }

    @Test
    void shouldKeepTheReplicaUsableByItsOwnName() {
        assertThat(replicaTransactor.call(TAG_NAMES)).containsExactly("on-replica");
    }

    @Test
    void shouldUseThePrimaryOnceTheRequestsReadOnlyUnitEnded() {
        requestContext.activate();
        try {
            RequestUnit unit = sessions.beginRequestUnit(READ_ONLY);
            Tag fromReplica =
                    entityManager.createQuery("select t from Tag t", Tag.class).getSingleResult();
            unit.complete(200);

            // The response is being written: no unit runs, and the injected EntityManager answers from the primary,
            // while the entity read in the unit is still the replica's.
            assertThat(TAG_NAMES.apply(entityManager)).containsExactly("on-primary");
            assertThat(fromReplica.getName()).isEqualTo("on-replica");
        } finally {
            requestContext.deactivate();
        }
    }
}
