package io.fastjpa.docs;

import io.fastjpa.examples.heroes.Hero;

// tag::dto[]
public record HeroSummary(long id, String name) {

    static HeroSummary of(Hero hero) {
        return new HeroSummary(hero.getId(), hero.getName());
    }
}
// end::dto[]
