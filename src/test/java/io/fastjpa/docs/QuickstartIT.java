package io.fastjpa.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.examples.heroes.HeroesApp;
import io.fastjpa.stack.FullStack;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the requests {@code docs/quickstart.md} shows against the heroes example, in the page's order on a fresh
 * database, and checks that the page quotes the command and the exact body of each answer. A response block is marked
 * {@code <!-- response: name -->}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickstartIT {

    private static final Path QUICKSTART = Path.of("docs/quickstart.md");

    private record Exchange(String name, String method, String path, String body, int status) {

        String curl() {
            String url = "'http://127.0.0.1:8000" + path + "'";
            return method.equals("GET")
                    ? "curl -s " + url
                    : "curl -s -X POST -H 'Content-Type: application/json' -d '" + body + "' " + url;
        }
    }

    private static final List<Exchange> EXCHANGES = List.of(
            new Exchange("second-page", "GET", "/heroes?offset=10&limit=10", null, 200),
            new Exchange("past-the-end", "GET", "/heroes?offset=100", null, 200),
            new Exchange("one-hero", "GET", "/heroes/8", null, 200),
            new Exchange("not-found", "GET", "/heroes/4242", null, 404),
            new Exchange(
                    "created",
                    "POST",
                    "/heroes",
                    "{\"name\":\"Robin\",\"secret_identity\":\"Dick Grayson\",\"age\":18}",
                    201),
            new Exchange(
                    "conflict",
                    "POST",
                    "/heroes",
                    "{\"name\":\"Batman\",\"secret_identity\":\"Someone else\",\"age\":40}",
                    409),
            new Exchange("invalid-limit", "GET", "/heroes?limit=500", null, 400));

    private FullStack stack;
    private String page;

    @BeforeAll
    void start() throws IOException {
        page = Files.readString(QUICKSTART);
        stack = FullStack.start("quickstart_docs", HeroesApp.application());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void shouldAnswerWhatTheQuickstartShows() {
        for (Exchange exchange : EXCHANGES) {
            HttpResponse<String> response = exchange.method().equals("GET")
                    ? stack.get(exchange.path())
                    : stack.post(exchange.path(), exchange.body());

            assertThat(page).as("quickstart.md shows the command").contains(exchange.curl());
            assertThat(response.statusCode()).as(exchange.name()).isEqualTo(exchange.status());
            assertThat(quotedResponse(exchange.name()))
                    .as("quickstart.md quotes the answer to " + exchange.name())
                    .isEqualTo(response.body());
        }
    }

    private String quotedResponse(String name) {
        String marker = "<!-- response: " + name + " -->";
        int at = page.indexOf(marker);
        assertThat(at).as("quickstart.md has " + marker).isNotNegative();
        int open = page.indexOf('\n', page.indexOf("```", at)) + 1;
        int close = page.indexOf("\n```", open);
        return page.substring(open, close);
    }
}
