package io.fastjpa.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.FastJpaFeature;
import io.fastjpa.stack.FullStack;
import java.net.http.HttpResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs the resources the reference quotes, so that what it says about them holds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesIT {

    private FullStack stack;

    @BeforeAll
    void start() {
        stack = FullStack.start(
                "docs_examples", new ResourceConfig(HeroPages.class, HeroUnits.class).register(FastJpaFeature.class));
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Nested
    class Pagination {

        @Test
        void shouldPageJpqlWithParameters() {
            HttpResponse<String> response = stack.get("/docs/heroes/older?age=40&limit=2");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .startsWith("{\"data\":[{\"name\":\"Captain America\"")
                    .endsWith("\"meta\":{\"offset\":0,\"total_items\":3,\"total_pages\":2,\"page_number\":1}}");
        }

        @Test
        void shouldCountCriteriaQueries() {
            HttpResponse<String> response = stack.get("/docs/heroes/young?limit=2&offset=2");

            assertThat(response.body())
                    .endsWith("\"meta\":{\"offset\":2,\"total_items\":5,\"total_pages\":3,\"page_number\":2}}");
        }

        @Test
        void shouldUseTheExplicitCount() {
            HttpResponse<String> response = stack.get("/docs/heroes/ages?limit=3");

            assertThat(response.body())
                    .isEqualTo(
                            "{\"data\":[{\"age\":25,\"heroes\":1},{\"age\":28,\"heroes\":1},{\"age\":30,\"heroes\":3}],"
                                    + "\"meta\":{\"offset\":0,\"total_items\":8,\"total_pages\":3,\"page_number\":1}}");
        }

        @Test
        void shouldMapToDtosWithItsOwnPageSizes() {
            assertThat(stack.get("/docs/heroes/summaries").body())
                    .isEqualTo("{\"data\":[{\"id\":1,\"name\":\"Superman\"},{\"id\":2,\"name\":\"Batman\"},"
                            + "{\"id\":3,\"name\":\"Wonder Woman\"},{\"id\":4,\"name\":\"Iron Man\"},"
                            + "{\"id\":5,\"name\":\"Spider-Man\"}],"
                            + "\"meta\":{\"offset\":0,\"total_items\":12,\"total_pages\":3,\"page_number\":1}}");
            assertThat(stack.get("/docs/heroes/summaries?limit=500").statusCode())
                    .isEqualTo(200);
        }

        @Test
        void shouldWrapItemLists() {
            assertThat(stack.get("/docs/heroes/oldest").body())
                    .startsWith("{\"data\":[{\"name\":\"Thor\"")
                    .contains("\"Captain America\"", "\"Iron Man\"")
                    .doesNotContain("meta");
        }
    }

    @Nested
    class UnitsOfWork {

        @Test
        void shouldFailLoudlyOnAChangeInAGet() {
            HttpResponse<String> response = stack.get("/docs/units/1/rename?name=Kal-El");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body())
                    .isEqualTo("{\"type\":\"urn:fastjpa:problem:read-only-unit-of-work\",\"title\":\"Write in a"
                            + " read-only unit of work\",\"status\":500,\"detail\":\"The server attempted a change in"
                            + " a read-only unit of work; nothing was saved.\"}");
            assertThat(stack.count("SELECT COUNT(*) FROM hero WHERE name = 'Superman'"))
                    .isEqualTo(1);
        }

        @Test
        void shouldCommitAGetWithAnExplicitUnitOfWork() {
            HttpResponse<String> response = stack.get("/docs/units/2/birthday");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(stack.count("SELECT age FROM hero WHERE id = 2")).isEqualTo(36);
            stack.execute("UPDATE hero SET age = 35 WHERE id = 2");
        }

        @Test
        void shouldReadInAReadOnlyPost() {
            HttpResponse<String> response = stack.post("/docs/units/search?name=man");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"Superman\"", "\"Batman\"", "\"Wonder Woman\"");
        }

        @Test
        void shouldRunWithoutAUnitOfWork() {
            assertThat(stack.get("/docs/units/ping").body()).isEqualTo("pong");
        }
    }
}
