package io.fastjpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Nested
    class Of {

        @Test
        void shouldKeepOffsetAndLimit() {
            PageRequest request = PageRequest.of(20, 5);

            assertThat(request.offset()).isEqualTo(20);
            assertThat(request.limit()).isEqualTo(5);
        }

        @Test
        void shouldAcceptTheSmallestValues() {
            PageRequest request = PageRequest.of(0, 1);

            assertThat(request.offset()).isZero();
            assertThat(request.limit()).isEqualTo(1);
        }

        @Test
        void shouldAcceptTheLargestOffsetWhoseEndFitsInAnInt() {
            assertThat(PageRequest.of(Integer.MAX_VALUE - 10L, 10).offset()).isEqualTo(2_147_483_637L);
        }

        @Test
        void shouldRejectAnOffsetWhoseEndOverflowsAnInt() {
            assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE - 9L, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("offset must be between 0 and 2147483637");
        }

        @Test
        void shouldRejectAHugeOffset() {
            assertThatThrownBy(() -> PageRequest.of(Long.MAX_VALUE, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("offset must be between 0 and 2147483646");
        }

        @Test
        void shouldRejectANegativeOffset() {
            assertThatThrownBy(() -> PageRequest.of(-1, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("offset must be between 0 and 2147483637");
        }

        @Test
        void shouldRejectALimitBelowOne() {
            assertThatThrownBy(() -> PageRequest.of(0, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be at least 1, was 0");
            assertThatThrownBy(() -> PageRequest.of(0, -5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be at least 1, was -5");
        }

        @Test
        void shouldShowTheParsedValues() {
            assertThat(PageRequest.of(30, 15)).hasToString("PageRequest[offset=30, limit=15, total=EXACT, sort=[]]");
        }
    }
}
