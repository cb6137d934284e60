package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.internal.ReadOnlyViolationException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** {@code @UnitOfWork(readOnly = true)}: reads work, and every kind of change fails loudly and is not saved. */
@FastJpaContainerTest
class ReadOnlyUnitTest {

    @WeldSetup
    WeldInitiator weld = FastJpaWeld.of(Units.class);

    @Inject
    Units units;

    @Test
    void shouldRead(TestDatabase database) {
        database.insertTag("existing");

        List<String> names = units.callReadOnly(entityManager -> entityManager
                .createQuery("select t.name from Tag t", String.class)
                .getResultList());

        assertThat(names).containsExactly("existing");
    }

    @Test
    void shouldRefusePersist(TestDatabase database) {
        assertThatThrownBy(() -> units.runReadOnly(entityManager -> entityManager.persist(new Tag("new"))))
                .isInstanceOf(ReadOnlyViolationException.class)
                .hasMessageContaining("FASTJPA-020")
                .hasMessageContaining("EntityManager.persist");

        assertThat(database.tagNames()).isEmpty();
    }

    @Test
    void shouldRefuseRemove(TestDatabase database) {
        long id = database.insertTag("existing");

        assertThatThrownBy(() ->
                        units.runReadOnly(entityManager -> entityManager.remove(entityManager.find(Tag.class, id))))
                .isInstanceOf(ReadOnlyViolationException.class)
                .hasMessageContaining("FASTJPA-020");

        assertThat(database.tagNames()).containsExactly("existing");
    }

    @Test
    void shouldFailAtTheEndWhenAManagedEntityWasModified(TestDatabase database) {
        long id = database.insertTag("old");

        assertThatThrownBy(() -> units.runReadOnly(entityManager -> {
                    entityManager.find(Tag.class, id).setName("new");
                    // a query must not flush the change on the way
                    entityManager.createQuery("select t from Tag t", Tag.class).getResultList();
                }))
                .isInstanceOf(ReadOnlyViolationException.class)
                .hasMessageContaining("FASTJPA-020")
                .hasMessageContaining("modified");

        assertThat(database.tagNames()).containsExactly("old");
    }

    @Test
    void shouldRefuseABulkUpdate(TestDatabase database) {
        database.insertTag("old");

        assertThatThrownBy(() -> units.runReadOnly(entityManager -> entityManager
                        .createQuery("update Tag t set t.name = :name")
                        .setParameter("name", "new")
                        .executeUpdate()))
                .isInstanceOf(ReadOnlyViolationException.class)
                .hasMessageContaining("Query.executeUpdate");

        assertThat(database.tagNames()).containsExactly("old");
    }

    @Test
    void shouldRefuseANativeUpdate(TestDatabase database) {
        database.insertTag("old");

        assertThatThrownBy(() -> units.runReadOnly(entityManager -> entityManager
                        .createNativeQuery("update CT_TAG set NAME = 'new'")
                        .executeUpdate()))
                .isInstanceOf(ReadOnlyViolationException.class)
                .hasMessageContaining("FASTJPA-020");

        assertThat(database.tagNames()).containsExactly("old");
    }
}
