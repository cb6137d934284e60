package io.fastjpa.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** RFC 8288 {@code Link} and {@code X-Total-Count} headers, switched on with {@code fastjpa.page.headers=true}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageHeadersIT {

    private FullStack stack;

    @BeforeAll
    void start() {
        System.setProperty("fastjpa.page.headers", "true");
        try {
            stack = FullStack.start("page_headers_it", new ResourceConfig(PagingResource.class));
        } finally {
            System.clearProperty("fastjpa.page.headers");
        }
        StringBuilder gadgets = new StringBuilder("INSERT INTO stack_gadget (name) VALUES ");
        for (int i = 1; i <= 23; i++) {
            gadgets.append(i > 1 ? ", " : "").append(String.format("('g%02d')", i));
        }
        stack.execute(gadgets.toString());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private String link(String relation, String query) {
        return "<" + stack.base() + "/paging/" + query + ">; rel=\"" + relation + "\"";
    }

    // Jersey's UriBuilder moves a replaced parameter; every other parameter is kept.
    @Test
    void shouldLinkAllNeighboursKeepingOtherParameters() {
        HttpResponse<String> response = stack.get("/paging/named-parameter?prefix=g&offset=10&limit=5");

        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("23");
        assertThat(response.headers().firstValue("Link"))
                .hasValue(String.join(
                        ", ",
                        link("first", "named-parameter?offset=0&prefix=g&limit=5"),
                        link("prev", "named-parameter?offset=5&prefix=g&limit=5"),
                        link("next", "named-parameter?offset=15&prefix=g&limit=5"),
                        link("last", "named-parameter?offset=20&prefix=g&limit=5")));
    }

    @Test
    void shouldLeaveOutPrevOnTheFirstPageAndNextOnTheLast() {
        assertThat(stack.get("/paging/plain").headers().firstValue("Link"))
                .hasValue(String.join(
                        ", ",
                        link("first", "plain?offset=0&limit=10"),
                        link("next", "plain?offset=10&limit=10"),
                        link("last", "plain?offset=20&limit=10")));
        assertThat(stack.get("/paging/plain?offset=20").headers().firstValue("Link"))
                .hasValue(String.join(
                        ", ",
                        link("first", "plain?offset=0&limit=10"),
                        link("prev", "plain?offset=10&limit=10"),
                        link("last", "plain?offset=20&limit=10")));
    }

    @Test
    void shouldLinkUncountedPagesWithoutLastOrTotal() {
        HttpResponse<String> response = stack.get("/paging/uncounted?limit=10&offset=10");

        assertThat(response.headers().firstValue("X-Total-Count")).isEmpty();
        assertThat(response.headers().firstValue("Link"))
                .hasValue(String.join(
                        ", ",
                        link("first", "uncounted?offset=0&limit=10"),
                        link("prev", "uncounted?offset=0&limit=10"),
                        link("next", "uncounted?offset=20&limit=10")));
    }

    @Test
    void shouldKeepTheBodyExactlyFastSqlas() {
        assertThat(stack.get("/paging/plain?offset=20").body())
                .endsWith(",\"meta\":{\"offset\":20,\"total_items\":23,\"total_pages\":3,\"page_number\":3}}");
    }

    @Test
    void shouldAddNothingToErrors() {
        HttpResponse<String> response = stack.get("/paging/plain?limit=0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Link")).isEmpty();
    }
}
