package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JpaPaginatorTest {

    private final JpaPaginator paginator = new JpaPaginator(null, null, new JpqlStatements());

    @Nested
    class Count {

        @Test
        void shouldNotRunTheCountWhenTheFirstPageIsPartial() {
            FakeQuery<Long> count = FakeQuery.counting(999L);

            Page<String> page =
                    paginator.page(FakeQuery.rows("a", "b", "c").query(), count.query(), PageRequest.of(0, 10));

            assertThat(count.executions).isZero();
            assertThat(page.meta().totalItems()).isEqualTo(3L);
        }

        @Test
        void shouldNotRunTheCountForAnEmptyFirstPage() {
            FakeQuery<Long> count = FakeQuery.counting(999L);

            Page<String> page = paginator.page(FakeQuery.<String>rows().query(), count.query(), PageRequest.of(0, 10));

            assertThat(count.executions).isZero();
            assertThat(page.meta().totalItems()).isZero();
        }

        @Test
        void shouldRunTheCountOnceWhenThePageIsFull() {
            FakeQuery<Long> count = FakeQuery.counting(42L);

            Page<String> page = paginator.page(FakeQuery.rows("a", "b").query(), count.query(), PageRequest.of(0, 2));

            assertThat(count.executions).isEqualTo(1);
            assertThat(page.meta().totalItems()).isEqualTo(42L);
        }

        @Test
        void shouldRunTheCountForAnEmptyPagePastTheFirst() {
            FakeQuery<Long> count = FakeQuery.counting(7L);

            Page<String> page = paginator.page(FakeQuery.<String>rows().query(), count.query(), PageRequest.of(20, 10));

            assertThat(count.executions).isEqualTo(1);
            assertThat(page.meta().totalItems()).isEqualTo(7L);
        }
    }

    /** A TypedQuery that answers fixed rows or a fixed count and counts how often it ran. */
    static final class FakeQuery<T> {
        private final List<T> rows;
        private final Object single;
        int executions;

        private FakeQuery(List<T> rows, Object single) {
            this.rows = rows;
            this.single = single;
        }

        @SafeVarargs
        static <T> FakeQuery<T> rows(T... rows) {
            return new FakeQuery<>(List.of(rows), null);
        }

        static FakeQuery<Long> counting(long total) {
            return new FakeQuery<>(List.of(), total);
        }

        @SuppressWarnings("unchecked")
        TypedQuery<T> query() {
            return (TypedQuery<T>) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getResultList":
                                executions++;
                                return rows;
                            case "getSingleResult":
                                executions++;
                                return single;
                            case "setFirstResult", "setMaxResults":
                                return proxy;
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }
    }
}
