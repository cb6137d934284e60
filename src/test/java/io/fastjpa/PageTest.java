package io.fastjpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final PageMeta META = PageMeta.of(0, 10, 2);

    @Nested
    class Constructor {

        @Test
        void shouldCopyTheData() {
            List<String> source = new ArrayList<>(List.of("a", "b"));

            Page<String> page = new Page<>(source, META);
            source.add("c");

            assertThat(page.data()).containsExactly("a", "b");
        }

        @Test
        void shouldExposeUnmodifiableData() {
            Page<String> page = new Page<>(new ArrayList<>(List.of("a")), META);

            assertThatThrownBy(() -> page.data().add("b")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void shouldRejectNullData() {
            assertThatThrownBy(() -> new Page<String>(null, META)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void shouldKeepANullItemOfANullableProjection() {
            List<String> withNull = Arrays.asList("a", null);

            assertThat(new Page<>(withNull, META).data()).containsExactly("a", null);
        }

        @Test
        void shouldRejectNullMeta() {
            assertThatThrownBy(() -> new Page<>(List.of("a"), null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("meta");
        }
    }

    @Nested
    class Of {

        @Test
        void shouldComputeTheMetadata() {
            Page<String> page = Page.of(List.of("c", "d"), 2, 2, 5);

            assertThat(page.data()).containsExactly("c", "d");
            assertThat(page.meta()).isEqualTo(new PageMeta(2, 5, 3, 2));
        }

        @Test
        void shouldRejectAnInvalidLimit() {
            assertThatThrownBy(() -> Page.of(List.of(), 0, 0, 5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be at least 1, was 0");
        }
    }

    @Nested
    class MapItems {

        @Test
        void shouldMapTheItemsAndKeepTheMetadata() {
            Page<String> page = Page.of(List.of("a", "bb", "ccc"), 30, 3, 40);

            Page<Integer> mapped = page.map(String::length);

            assertThat(mapped.data()).containsExactly(1, 2, 3);
            assertThat(mapped.meta()).isEqualTo(page.meta());
        }

        @Test
        void shouldLeaveTheOriginalPageUnchanged() {
            Page<String> page = Page.of(List.of("a"), 0, 10, 1);

            page.map(String::toUpperCase);

            assertThat(page.data()).containsExactly("a");
        }

        @Test
        void shouldMapAnEmptyPage() {
            Page<String> empty = Page.of(List.of(), 0, 10, 0);

            assertThat(empty.map(String::length)).isEqualTo(new Page<Integer>(List.of(), new PageMeta(0, 0, 0, 1)));
        }

        @Test
        void shouldKeepNullsAMapperReturns() {
            Page<String> page = Page.of(List.of("a"), 0, 10, 1);

            assertThat(page.map(item -> null).data()).containsExactly((Object) null);
        }
    }
}
