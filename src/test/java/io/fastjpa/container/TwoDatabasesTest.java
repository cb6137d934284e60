package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.Database;
import io.fastjpa.Transactor;
import io.fastjpa.container.Units.ExpectedFailure;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** A unit of work over the default database and {@code @Database("second")}. */
@FastJpaContainerTest(databases = "second")
class TwoDatabasesTest {

    @WeldSetup
    WeldInitiator weld = FastJpaWeld.of(BothDatabases.class);

    @Inject
    BothDatabases bothDatabases;

    @Inject
    Transactor transactor;

    @Inject
    @Database("second")
    Transactor secondTransactor;

    @Test
    void shouldCommitBoth(TestDatabase database) {
        bothDatabases.add("both");

        assertThat(database.tagNames()).containsExactly("both");
        assertThat(database.named("second").tagNames()).containsExactly("both");
    }

    @Test
    void shouldRollBackBothOnAnException(TestDatabase database) {
        assertThatThrownBy(() -> bothDatabases.addThenFail("neither")).isInstanceOf(ExpectedFailure.class);

        assertThat(database.tagNames()).isEmpty();
        assertThat(database.named("second").tagNames()).isEmpty();
    }

    @Test
    void shouldRollBackTheOtherWhenTheFirstCommitFails(TestDatabase database) {
        // EclipseLink fails at commit (RollbackException); Hibernate's IDENTITY insert already at persist.
        assertThatThrownBy(() -> bothDatabases.addTwiceToMain("twice")).isInstanceOf(PersistenceException.class);

        assertThat(database.tagNames()).isEmpty();
        assertThat(database.named("second").tagNames()).isEmpty();
    }

    @Test
    void shouldCommitNeitherWhenTheSecondDatabaseFailsToWrite(TestDatabase database) {
        // Every database flushes before any commits: the first is not committed when the second's statements fail.
        assertThatThrownBy(() -> bothDatabases.addTwiceToSecond("once")).isInstanceOf(PersistenceException.class);

        assertThat(database.tagNames()).isEmpty();
        assertThat(database.named("second").tagNames()).isEmpty();
    }

    @Test
    void shouldGiveEachDatabaseItsOwnEntityManager() {
        EntityManager[] entityManagers = bothDatabases.rawEntityManagers();

        assertThat(entityManagers[1]).isNotSameAs(entityManagers[0]);
    }

    @Test
    void shouldRunTransactorWorkOnTheNamedDatabase(TestDatabase database) {
        secondTransactor.run(entityManager -> entityManager.persist(new Tag("injected")));
        transactor.on("second").run(entityManager -> entityManager.persist(new Tag("looked-up")));

        assertThat(database.tagNames()).isEmpty();
        assertThat(database.named("second").tagNames()).containsExactly("injected", "looked-up");
    }
}
