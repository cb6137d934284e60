package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.SortKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpqlOrderTest {

    private static SortKey asc(String path) {
        return new SortKey(path, path, false);
    }

    private static SortKey desc(String path) {
        return new SortKey(path, path, true);
    }

    @Test
    void shouldLeaveTheQueryAloneWithoutKeys() {
        assertThat(JpqlOrder.apply("SELECT h FROM Hero h ORDER BY h.id", List.of()))
                .isEqualTo("SELECT h FROM Hero h ORDER BY h.id");
    }

    @Test
    void shouldAppendAnOrder() {
        assertThat(JpqlOrder.apply("SELECT h FROM Hero h WHERE h.age > :age", List.of(desc("age"), asc("id"))))
                .isEqualTo("SELECT h FROM Hero h WHERE h.age > :age ORDER BY h.age DESC, h.id ASC");
    }

    @Test
    void shouldPutTheKeysBeforeTheQuerysOwnOrder() {
        assertThat(JpqlOrder.apply("select h from Hero as h order by h.name desc", List.of(asc("age"))))
                .isEqualTo("select h from Hero as h ORDER BY h.age ASC, h.name desc");
    }

    @Test
    void shouldLeftJoinAssociationsOncePerPath() {
        assertThat(JpqlOrder.apply(
                        "SELECT h FROM Hero h WHERE h.age > 3 ORDER BY h.id",
                        List.of(asc("team.name"), desc("team.city.name"), asc("team.name2"))))
                .isEqualTo("SELECT h FROM Hero h LEFT JOIN h.team fastjpa_sort_1 LEFT JOIN fastjpa_sort_1.city"
                        + " fastjpa_sort_2 WHERE h.age > 3 ORDER BY fastjpa_sort_1.name ASC, fastjpa_sort_2.name DESC,"
                        + " fastjpa_sort_1.name2 ASC, h.id");
    }

    @Test
    void shouldJoinAfterTheWholeFromClauseAndIgnoreNestedClauses() {
        assertThat(JpqlOrder.apply(
                        "SELECT h FROM Hero h JOIN h.powers p WHERE EXISTS (SELECT f FROM Fan f WHERE f.hero = h"
                                + " ORDER BY f.id) AND p.name = 'where order by'",
                        List.of(asc("team.name"))))
                .isEqualTo("SELECT h FROM Hero h JOIN h.powers p LEFT JOIN h.team fastjpa_sort_1 WHERE EXISTS"
                        + " (SELECT f FROM Fan f WHERE f.hero = h ORDER BY f.id) AND p.name = 'where order by'"
                        + " ORDER BY fastjpa_sort_1.name ASC");
    }

    @Test
    void shouldSortGroupedQueriesAfterTheGroupBy() {
        assertThat(JpqlOrder.apply("SELECT h FROM Hero h GROUP BY h HAVING COUNT(h) > 0", List.of(asc("name"))))
                .isEqualTo("SELECT h FROM Hero h GROUP BY h HAVING COUNT(h) > 0 ORDER BY h.name ASC");
    }
}
