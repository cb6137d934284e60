package io.fastjpa.stack;

/** The heroes acceptance suite on the local PostgreSQL server, in a database of its own. */
class HeroesPostgresIT extends HeroesIT {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres("heroes");
    }
}
