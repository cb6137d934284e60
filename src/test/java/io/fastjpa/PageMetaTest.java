package io.fastjpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageMetaTest {

    @Nested
    class Of {

        @Test
        void shouldHaveNoPagesWhenThereAreNoItems() {
            assertThat(PageMeta.of(0, 10, 0)).isEqualTo(new PageMeta(0, 0, 0, 1));
        }

        @Test
        void shouldComputeFastSqlaExample() {
            assertThat(PageMeta.of(10, 10, 12)).isEqualTo(new PageMeta(10, 12, 2, 2));
        }

        @Test
        void shouldRoundTotalPagesUp() {
            assertThat(PageMeta.of(0, 10, 1).totalPages()).isEqualTo(1);
            assertThat(PageMeta.of(0, 10, 10).totalPages()).isEqualTo(1);
            assertThat(PageMeta.of(0, 10, 11).totalPages()).isEqualTo(2);
            assertThat(PageMeta.of(0, 1, 7).totalPages()).isEqualTo(7);
        }

        @Test
        void shouldPutAnOffsetThatIsNotAMultipleOfTheLimitOnThePageItStartsIn() {
            assertThat(PageMeta.of(9, 10, 100).pageNumber()).isEqualTo(1);
            assertThat(PageMeta.of(10, 10, 100).pageNumber()).isEqualTo(2);
            assertThat(PageMeta.of(15, 10, 100).pageNumber()).isEqualTo(2);
            assertThat(PageMeta.of(29, 10, 100).pageNumber()).isEqualTo(3);
            assertThat(PageMeta.of(7, 3, 100).pageNumber()).isEqualTo(3);
        }

        @Test
        void shouldAcceptAnOffsetPastTheEnd() {
            assertThat(PageMeta.of(50, 10, 12)).isEqualTo(new PageMeta(50, 12, 2, 6));
        }

        @Test
        void shouldNotOverflowWithTotalsNearLongMaxValue() {
            assertThat(PageMeta.of(0, 1, Long.MAX_VALUE).totalPages()).isEqualTo(Long.MAX_VALUE);
            assertThat(PageMeta.of(0, 10, Long.MAX_VALUE).totalPages()).isEqualTo(922_337_203_685_477_581L);
            assertThat(PageMeta.of(0, Integer.MAX_VALUE, Long.MAX_VALUE).totalPages())
                    .isEqualTo(4_294_967_299L);
            assertThat(PageMeta.of(0, 2, Long.MAX_VALUE - 1).totalPages()).isEqualTo(Long.MAX_VALUE / 2);
        }

        @Test
        void shouldComputeThePageNumberOfAHugeOffset() {
            PageMeta meta = PageMeta.of(Long.MAX_VALUE - 1, 10, Long.MAX_VALUE);

            assertThat(meta.pageNumber()).isEqualTo(922_337_203_685_477_581L);
            assertThat(meta.pageNumber()).isEqualTo(meta.totalPages());
        }

        @Test
        void shouldRejectALimitBelowOne() {
            assertThatThrownBy(() -> PageMeta.of(0, 0, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be at least 1, was 0");
            assertThatThrownBy(() -> PageMeta.of(0, -10, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be at least 1, was -10");
        }

        @Test
        void shouldRejectANegativeOffset() {
            assertThatThrownBy(() -> PageMeta.of(-1, 10, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("offset must be at least 0, was -1");
        }

        @Test
        void shouldRejectANegativeTotal() {
            assertThatThrownBy(() -> PageMeta.of(0, 10, -5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("totalItems must be at least 0, was -5");
        }
    }

    @Nested
    class Constructor {

        @Test
        void shouldKeepItsComponents() {
            PageMeta meta = new PageMeta(20, 42, 5, 3);

            assertThat(meta.offset()).isEqualTo(20);
            assertThat(meta.totalItems()).isEqualTo(42);
            assertThat(meta.totalPages()).isEqualTo(5);
            assertThat(meta.pageNumber()).isEqualTo(3);
        }

        @Test
        void shouldRejectAPageNumberBelowOne() {
            assertThatThrownBy(() -> new PageMeta(0, 0, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pageNumber must be at least 1, was 0");
        }

        @Test
        void shouldRejectNegativeTotalPages() {
            assertThatThrownBy(() -> new PageMeta(0, 0, -1, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("totalPages must be at least 0, was -1");
        }

        @Test
        void shouldRejectANegativeOffset() {
            assertThatThrownBy(() -> new PageMeta(-3, 0, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("offset must be at least 0, was -3");
        }

        @Test
        void shouldRejectANegativeTotal() {
            assertThatThrownBy(() -> new PageMeta(0, -1, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("totalItems must be at least 0, was -1");
        }
    }
}
