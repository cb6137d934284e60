package io.fastjpa.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.PageMeta;
import io.fastjpa.SortKey;
import io.fastjpa.Sortable;
import io.fastjpa.TotalMode;
import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SortAndTotalParsingTest {

    private static final SortSpec HEROES =
            new SortSpec(Map.of("name", "name", "secret_identity", "secretIdentity"), "id");
    private static final PageBounds SORTED = new PageBounds(10, 100, TotalMode.EXACT, HEROES);
    private static final PageBounds UNCOUNTED = new PageBounds(10, 100, TotalMode.NONE, null);

    @SuppressWarnings("unchecked")
    private static Problem problem(Runnable parse) {
        BadRequestException exception =
                (BadRequestException) org.assertj.core.api.Assertions.catchThrowable(parse::run);
        assertThat(exception).isNotNull();
        return (Problem) exception.getResponse().getEntity();
    }

    @Nested
    class Sort {

        @Test
        void shouldReturnNothingWithoutParameter() {
            assertThat(SORTED.parseSort(null)).isEmpty();
            assertThat(SORTED.parseSort(List.of())).isEmpty();
            assertThat(SORTED.parseSort(List.of(" , "))).isEmpty();
        }

        @Test
        void shouldParseKeysAcrossParametersAndAppendTheTieBreaker() {
            assertThat(SORTED.parseSort(List.of("-secret_identity, name")))
                    .containsExactly(
                            new SortKey("secret_identity", "secretIdentity", true),
                            new SortKey("name", "name", false),
                            new SortKey("id", "id", false));
            assertThat(SORTED.parseSort(List.of("name", "-secret_identity"))).hasSize(3);
        }

        @Test
        void shouldNotRepeatTheTieBreakerWhenRequested() {
            PageBounds byId = new PageBounds(10, 100, TotalMode.EXACT, new SortSpec(Map.of("id", "id"), "id"));

            assertThat(byId.parseSort(List.of("-id"))).containsExactly(new SortKey("id", "id", true));
        }

        @Test
        void shouldRejectAnUnknownKeyNamingTheAllowedOnes() {
            Problem problem = problem(() -> SORTED.parseSort(List.of("name,password")));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.extensions()).containsEntry("parameter", "sort").containsEntry("value", "name,password");
            assertThat(problem.extensions().get("allowed"))
                    .asList()
                    .containsExactlyInAnyOrder("name", "secret_identity");
        }

        @Test
        void shouldRejectARepeatedKeyAndPathSyntax() {
            assertThatThrownBy(() -> SORTED.parseSort(List.of("name,-name"))).isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> SORTED.parseSort(List.of("secretIdentity")))
                    .isInstanceOf(BadRequestException.class);
            assertThatThrownBy(() -> SORTED.parseSort(List.of("--name"))).isInstanceOf(BadRequestException.class);
        }

        @Test
        void shouldRejectSortingWhereNothingIsSortable() {
            Problem problem = problem(() -> PageBounds.BUILT_IN.parseSort(List.of("name")));

            assertThat(problem.detail()).isEqualTo("Query parameter 'sort' is not supported here, got 'name'.");
            assertThat(problem.extensions()).containsEntry("allowed", List.of());
        }
    }

    @Nested
    class Total {

        @Test
        void shouldDefaultToTheEndpointsMode() {
            assertThat(SORTED.parseTotal(null)).isEqualTo(TotalMode.EXACT);
            assertThat(UNCOUNTED.parseTotal(null)).isEqualTo(TotalMode.NONE);
        }

        @Test
        void shouldLetAnExactEndpointSkipTheCount() {
            assertThat(SORTED.parseTotal("none")).isEqualTo(TotalMode.NONE);
            assertThat(SORTED.parseTotal(" EXACT ")).isEqualTo(TotalMode.EXACT);
        }

        @Test
        void shouldNotLetAnUncountedEndpointCount() {
            Problem problem = problem(() -> UNCOUNTED.parseTotal("exact"));

            assertThat(problem.extensions()).containsEntry("allowed", List.of("none"));
            assertThat(problem.detail()).isEqualTo("Query parameter 'total' must be one of none, got 'exact'.");
        }
    }

    @Nested
    class Spec {

        @Sortable({"name", "secret_identity=secretIdentity", "team=team.name"})
        void valid() {}

        @Sortable({"name", "name"})
        void repeated() {}

        @Sortable({"bad=name) DESC"})
        void injected() {}

        @Sortable(value = "name", tieBreaker = "id;")
        void badTieBreaker() {}

        private Sortable sortable(String method) throws NoSuchMethodException {
            return Spec.class.getDeclaredMethod(method).getAnnotation(Sortable.class);
        }

        @Test
        void shouldMapApiNamesToPaths() throws Exception {
            assertThat(SortSpec.of(sortable("valid"), "owner").keys())
                    .containsExactly(
                            Map.entry("name", "name"),
                            Map.entry("secret_identity", "secretIdentity"),
                            Map.entry("team", "team.name"));
        }

        @Test
        void shouldRefuseAnythingButDottedIdentifiers() throws Exception {
            assertThatThrownBy(() -> SortSpec.of(sortable("repeated"), "Heroes.list"))
                    .hasMessageContaining("FASTJPA-031")
                    .hasMessageContaining("Heroes.list")
                    .hasMessageContaining("listed twice");
            assertThatThrownBy(() -> SortSpec.of(sortable("injected"), "Heroes.list"))
                    .hasMessageContaining("FASTJPA-031");
            assertThatThrownBy(() -> SortSpec.of(sortable("badTieBreaker"), "Heroes.list"))
                    .hasMessageContaining("tieBreaker");
        }
    }

    @Nested
    class Uncounted {

        @Test
        void shouldHaveNoTotalsButHasNext() {
            PageMeta meta = PageMeta.uncounted(20, 10, true);

            assertThat(meta.totalItems()).isNull();
            assertThat(meta.totalPages()).isNull();
            assertThat(meta.pageNumber()).isEqualTo(3);
            assertThat(meta.hasNext()).isTrue();
            assertThat(meta.counted()).isFalse();
        }

        @Test
        void shouldRefuseMixedMetadata() {
            assertThatThrownBy(() -> new PageMeta(0, 1L, null, 1, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new PageMeta(0, 1L, 1L, 1, true)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
