package io.fastjpa.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Totals for every query shape, over HTTP. Data: drawer 1 "tools" holds 12 gadgets, drawer 2 "order by" holds 5,
 * drawer 3 "spare" holds 1, drawer 4 "empty" none; 2 gadgets are in no drawer: 20 gadgets in all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingIT {

    private FullStack stack;

    @BeforeAll
    void start() {
        // FastJpaFeature is not registered here: Jersey's auto-discovery must enable it.
        stack = FullStack.start("paging_it", new ResourceConfig(PagingResource.class));
        stack.execute("INSERT INTO stack_drawer (id, label) VALUES (1, 'tools'), (2, 'order by'), (3, 'spare'),"
                + " (4, 'empty')");
        StringBuilder gadgets = new StringBuilder("INSERT INTO stack_gadget (name, drawer_id) VALUES ");
        for (int i = 1; i <= 20; i++) {
            String drawer = i <= 12 ? "1" : i <= 17 ? "2" : i == 18 ? "3" : "NULL";
            gadgets.append(i > 1 ? ", " : "").append(String.format("('g%02d', %s)", i, drawer));
        }
        stack.execute(gadgets.toString());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private String meta(String path) {
        HttpResponse<String> response = stack.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().substring(response.body().indexOf(",\"meta\":"));
    }

    private static String meta(long offset, long total, long pages, long number) {
        return ",\"meta\":{\"offset\":" + offset + ",\"total_items\":" + total + ",\"total_pages\":" + pages
                + ",\"page_number\":" + number + "}}";
    }

    @Nested
    class Totals {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "/paging/plain?limit=5, 0, 20, 4, 1",
            "/paging/plain?offset=7&limit=5, 7, 20, 4, 2",
            "/paging/named-parameter?prefix=g1&limit=3, 0, 10, 4, 1",
            "/paging/positional-parameter?prefix=g1&limit=3, 0, 10, 4, 1",
            "/paging/join?limit=5, 0, 13, 3, 1",
            "/paging/join-rows?limit=5, 0, 18, 4, 1",
            "/paging/fetch-join?limit=5, 0, 18, 4, 1",
            "/paging/left-fetch-join?limit=5, 0, 20, 4, 1",
            "/paging/distinct?limit=2, 0, 3, 2, 1",
            "/paging/left-join?limit=2, 0, 4, 2, 1",
            "/paging/group-by?limit=1, 0, 2, 2, 1",
            "/paging/subquery?limit=1, 0, 2, 2, 1",
            "/paging/dto?limit=5&offset=5, 5, 20, 4, 2",
            "/paging/mapped?limit=5, 0, 20, 4, 1",
            "/paging/criteria?prefix=g0&limit=4, 0, 9, 3, 1",
            "/paging/criteria-distinct?limit=2, 0, 3, 2, 1",
            "/paging/explicit-count?limit=6&offset=18, 18, 20, 4, 4",
            "/paging/plain?limit=100&offset=25, 25, 20, 1, 1",
        })
        void shouldCountExactlyTheRowsThePageQueryReturns(
                String path, long offset, long total, long pages, long number) {
            assertThat(meta(path)).isEqualTo(meta(offset, total, pages, number));
        }

        @Test
        void shouldReportEmptyResult() {
            assertThat(stack.get("/paging/named-parameter?prefix=none").body())
                    .isEqualTo("{\"data\":[]" + meta(0, 0, 0, 1));
        }

        @Test
        void shouldTakeTheTotalFromAPartialPageWithoutCounting() {
            assertThat(meta("/paging/plain?offset=18&limit=5")).isEqualTo(meta(18, 20, 4, 4));
        }
    }

    @Nested
    class Data {

        @Test
        void shouldWriteDtoProjections() {
            assertThat(stack.get("/paging/dto?limit=2").body())
                    .startsWith("{\"data\":[{\"id\":1,\"name\":\"g01\"},{\"id\":2,\"name\":\"g02\"}],");
        }

        @Test
        void shouldWriteMappedItems() {
            assertThat(stack.get("/paging/mapped?limit=3&offset=1").body())
                    .isEqualTo("{\"data\":[\"g02\",\"g03\",\"g04\"]" + meta(1, 20, 7, 1));
        }

        @Test
        void shouldKeepTheCriteriaQueryUsableAfterCounting() {
            assertThat(stack.get("/paging/criteria?prefix=g&limit=2").body())
                    .startsWith("{\"data\":[{\"id\":1,\"name\":\"g01\"},{\"id\":2,\"name\":\"g02\"}],");
        }
    }

    @Nested
    class PageSizes {

        @Test
        void shouldUseTheMethodsDefaultSize() {
            assertThat(meta("/paging/small-pages")).isEqualTo(meta(0, 20, 10, 1));
            assertThat(stack.get("/paging/small-pages").body()).contains("g02").doesNotContain("g03");
        }

        @Test
        void shouldEnforceTheMethodsMaximum() {
            HttpResponse<String> response = stack.get("/paging/small-pages?limit=4");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body())
                    .contains("\"detail\":\"Query parameter 'limit' must be a whole number from 1 to 3, got '4'.\"");
        }
    }

    @Nested
    class Sorting {

        private String names(String path) {
            HttpResponse<String> response = stack.get(path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body().replaceAll("\\{\"id\":\\d+,\"name\":\"(\\w+)\"}", "$1");
        }

        @Test
        void shouldSortDescending() {
            assertThat(names("/paging/sorted?sort=-name&limit=3"))
                    .startsWith("{\"data\":[g20,g19,g18]")
                    .endsWith(meta(0, 20, 7, 1));
        }

        @Test
        void shouldSortByAnAssociationKeepingRowsWhereItIsNull() {
            // Labels: "order by" (g13-g17), "spare" (g18), "tools" (g01-g12); g19 and g20 have no drawer, and
            // where nulls go depends on the database.
            String body = names("/paging/sorted?sort=-drawer,name&limit=20");

            assertThat(body)
                    .contains("g01,g02,g03,g04,g05,g06,g07,g08,g09,g10,g11,g12,g18,g13,g14,g15,g16,g17")
                    .contains("g19,g20")
                    .endsWith(meta(0, 20, 1, 1));
        }

        @Test
        void shouldBreakTiesWithTheIdAcrossPages() {
            String first = names("/paging/sorted-in-drawers?sort=drawer&limit=6");
            String second = names("/paging/sorted-in-drawers?sort=drawer&limit=6&offset=6");

            assertThat(first).startsWith("{\"data\":[g13,g14,g15,g16,g17,g18]").endsWith(meta(0, 18, 3, 1));
            assertThat(second).startsWith("{\"data\":[g01,g02,g03,g04,g05,g06]");
        }

        @Test
        void shouldPutTheRequestedOrderBeforeTheQuerysOwn() {
            assertThat(names("/paging/sorted-with-own-order?sort=drawer&limit=7"))
                    .startsWith("{\"data\":[g17,g16,g15,g14,g13,g18,g12]");
            assertThat(names("/paging/sorted-with-own-order?limit=2")).startsWith("{\"data\":[g18,g17]");
        }

        @Test
        void shouldSortCriteriaQueries() {
            assertThat(names("/paging/sorted-criteria?sort=-drawer,-name&limit=20"))
                    .contains("g12,g11,g10,g09,g08,g07,g06,g05,g04,g03,g02,g01,g18,g17,g16,g15,g14,g13")
                    .endsWith(meta(0, 20, 1, 1));
        }

        @Test
        void shouldRejectUnknownKeysListingTheAllowedOnes() {
            HttpResponse<String> response = stack.get("/paging/sorted?sort=name,secret");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body())
                    .contains("\"parameter\":\"sort\",\"value\":\"name,secret\",\"allowed\":[\"name\",\"drawer\"]")
                    .contains("must be a comma-separated list of one of name, drawer");
        }

        @Test
        void shouldRejectARepeatedKey() {
            assertThat(stack.get("/paging/sorted?sort=name&sort=-name").statusCode())
                    .isEqualTo(400);
        }

        @Test
        void shouldRejectSortWhereTheMethodDoesNotSort() {
            HttpResponse<String> response = stack.get("/paging/plain?sort=name");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"allowed\":[]").contains("is not supported here");
        }

        @Test
        void shouldNeverPutRequestTextIntoTheQuery() {
            HttpResponse<String> response = stack.get("/paging/sorted?sort=name%20DESC%2C%20(SELECT%201)");

            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class TotalModes {

        @Test
        void shouldSkipTheCountWhenTheEndpointSaysSo() {
            assertThat(stack.get("/paging/uncounted?limit=5&offset=10").body())
                    .endsWith(",\"meta\":{\"offset\":10,\"total_items\":null,\"total_pages\":null,"
                            + "\"page_number\":3,\"has_next\":true}}");
        }

        @Test
        void shouldReportTheLastUncountedPage() {
            assertThat(stack.get("/paging/uncounted?limit=5&offset=15").body())
                    .contains("g20")
                    .endsWith("\"page_number\":4,\"has_next\":false}}");
        }

        @Test
        void shouldLetTheClientSkipTheCount() {
            assertThat(stack.get("/paging/plain?limit=5&total=none").body())
                    .endsWith("\"total_items\":null,\"total_pages\":null,\"page_number\":1,\"has_next\":true}}");
        }

        @Test
        void shouldNotLetTheClientForceACountTheEndpointSkips() {
            HttpResponse<String> response = stack.get("/paging/uncounted?total=exact");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"allowed\":[\"none\"]");
        }

        @Test
        void shouldRejectAnUnknownMode() {
            assertThat(stack.get("/paging/plain?total=maybe").statusCode()).isEqualTo(400);
        }
    }
}
