package io.fastjpa.examples.heroes;

import io.fastjpa.Transactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.List;

/** Inserts FastSQLA's twelve heroes at start-up, into an empty table only. */
@ApplicationScoped
public class HeroSeeder {

    static final List<Hero> HEROES = List.of(
            new Hero("Superman", "Clark Kent", 30),
            new Hero("Batman", "Bruce Wayne", 35),
            new Hero("Wonder Woman", "Diana Prince", 30),
            new Hero("Iron Man", "Tony Stark", 45),
            new Hero("Spider-Man", "Peter Parker", 25),
            new Hero("Captain America", "Steve Rogers", 100),
            new Hero("Black Widow", "Natasha Romanoff", 35),
            new Hero("Thor", "Thor Odinson", 1500),
            new Hero("Scarlet Witch", "Wanda Maximoff", 30),
            new Hero("Doctor Strange", "Stephen Strange", 40),
            new Hero("The Flash", "Barry Allen", 28),
            new Hero("Green Lantern", "Hal Jordan", 35));

    void seed(@Observes Startup startup, Transactor transactor) {
        transactor.run(entityManager -> {
            long count = entityManager
                    .createQuery("SELECT COUNT(h) FROM Hero h", Long.class)
                    .getSingleResult();
            if (count > 0) {
                return;
            }
            for (Hero hero : HEROES) {
                entityManager.persist(new Hero(hero.getName(), hero.getSecretIdentity(), hero.getAge()));
                entityManager.flush(); // one insert at a time, so ids follow the list's order
            }
        });
    }
}
