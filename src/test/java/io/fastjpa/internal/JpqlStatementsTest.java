package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.SortKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JpqlStatementsTest {

    private final JpqlStatements statements = new JpqlStatements();

    @Test
    void shouldDeriveTheSameCountAsJpqlCount() {
        assertThat(statements.count("SELECT h FROM Hero h ORDER BY h.id")).hasValue("SELECT COUNT(h) FROM Hero h");
        assertThat(statements.count("SELECT h.team FROM Hero h GROUP BY h.team"))
                .isEmpty();
    }

    @Test
    void shouldDeriveTheCountOfAStatementOnce() {
        Optional<String> first = statements.count("SELECT h FROM Hero h ORDER BY h.id");

        assertThat(statements.count("SELECT h FROM Hero h ORDER BY h.id")).isSameAs(first);
    }

    @Test
    void shouldDeriveTheOrderedStatementOncePerOrder() {
        List<SortKey> byName = List.of(new SortKey("name", "name", false));
        List<SortKey> byAgeDescending = List.of(new SortKey("age", "age", true));

        String ordered = statements.ordered("SELECT h FROM Hero h ORDER BY h.id", byName);

        assertThat(ordered).isEqualTo(JpqlOrder.apply("SELECT h FROM Hero h ORDER BY h.id", byName));
        assertThat(statements.ordered(
                        "SELECT h FROM Hero h ORDER BY h.id", List.of(new SortKey("name", "name", false))))
                .isSameAs(ordered);
        assertThat(statements.ordered("SELECT h FROM Hero h ORDER BY h.id", byAgeDescending))
                .isEqualTo(JpqlOrder.apply("SELECT h FROM Hero h ORDER BY h.id", byAgeDescending));
    }

    @Test
    void shouldLeaveAStatementWithoutRequestedOrderAsItIs() {
        assertThat(statements.ordered("SELECT h FROM Hero h", List.of())).isEqualTo("SELECT h FROM Hero h");
        assertThat(statements.size()).isZero();
    }

    @Test
    void shouldStopStoringPastItsBoundAndStillDerive() {
        for (int i = 0; i < JpqlStatements.MAX_ENTRIES + 100; i++) {
            assertThat(statements.count("SELECT h FROM Hero h WHERE h.age > " + i))
                    .hasValue("SELECT COUNT(h) FROM Hero h WHERE h.age > " + i);
        }

        assertThat(statements.size()).isEqualTo(JpqlStatements.MAX_ENTRIES);
    }

    @Test
    void shouldNotStoreAStatementThatCannotBePaged() {
        assertThatThrownBy(() -> statements.count("DELETE FROM Hero h"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FASTJPA-090");
        assertThat(statements.size()).isZero();
    }
}
