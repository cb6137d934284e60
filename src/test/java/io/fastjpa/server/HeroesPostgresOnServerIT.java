package io.fastjpa.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.stack.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The heroes WAR pointed at PostgreSQL by {@code fastjpa.url}: a database of its own on the local PostgreSQL server,
 * FastJPA's own connections through the driver the WAR bundles, resource-local units of work.
 */
@ExtendWith(ArquillianExtension.class)
class HeroesPostgresOnServerIT extends ServerAcceptance {

    // Created when Arquillian asks for the deployment, which it does before any test of the class runs.
    private static TestDatabase database;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = TestDatabase.postgres("server_heroes");
        return HeroesWar.onDatabase(database.url(), database.user());
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    URL base() {
        return base;
    }

    @Test
    void shouldKeepTheHeroesInPostgres() {
        String name = unique("Nightwing");

        HttpResponse<String> response =
                post("heroes", "{\"name\":\"" + name + "\",\"secret_identity\":\"Dick Grayson\",\"age\":25}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(database.count("SELECT COUNT(*) FROM hero WHERE name = '" + name + "'"))
                .isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM hero WHERE name = 'Batman'"))
                .isEqualTo(1);
    }
}
