package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.Database;
import io.fastjpa.Transactor;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * {@code fastjpa.<name>.scan=false}: the database maps the classes in {@code fastjpa.<name>.entities} only, while the
 * default database still maps every entity of the application.
 */
@FastJpaContainerTest(
        databases = "listed",
        properties = {"fastjpa.listed.scan=false", "fastjpa.listed.entities=io.fastjpa.container.Tag"})
class ListedEntitiesTest {

    @WeldSetup
    WeldInitiator weld = FastJpaWeld.of(Units.class);

    @Inject
    EntityManagerFactory main;

    @Inject
    @Database("listed")
    EntityManagerFactory listed;

    @Inject
    @Database("listed")
    Transactor listedTransactor;

    @Test
    void shouldMapTheListedEntitiesOnly() {
        assertThat(listed.getMetamodel().getEntities())
                .extracting(EntityType::getName)
                .containsExactly("Tag");
    }

    @Test
    void shouldStillMapEveryEntityInTheOtherDatabases() {
        assertThat(main.getMetamodel().getEntities())
                .extracting(EntityType::getName)
                .contains("Tag", "Shelf", "Book", "Note");
    }

    @Test
    void shouldWriteTheListedEntities(TestDatabase database) {
        listedTransactor.run(entityManager -> entityManager.persist(new Tag("listed")));

        assertThat(database.named("listed").tagNames()).containsExactly("listed");
    }
}
