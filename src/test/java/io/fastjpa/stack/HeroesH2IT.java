package io.fastjpa.stack;

/** The heroes acceptance suite on an in-memory H2 database. */
class HeroesH2IT extends HeroesIT {

    @Override
    TestDatabase database() {
        return TestDatabase.h2("heroes_it");
    }
}
